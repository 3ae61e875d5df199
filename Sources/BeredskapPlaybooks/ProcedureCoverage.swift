/// Normen 5.9: every classified system needs an emergency procedure.
enum ProcedureCoverage {
    /// A system is covered when it lists a procedure or a procedure names it.
    static func check(_ systems: [SystemRecord], procedures: [ParsedProcedure], lint: Lint) {
        let named = Set(procedures.flatMap(\.systems))
        for system in systems where !system.listsProcedures && !named.contains(system.id.value) {
            lint.warning("systemet «\(system.id.value)» har ingen nødprosedyre", at: system.id.location,
                         hint: "lag en prosedyre i prosedyrer/ med «systems: [\(system.id.value)]», "
                             + "eller før den opp under «procedures» (Normen 5.9)")
        }
    }
}

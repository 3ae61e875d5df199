import BeredskapCore

/// Normen 5.9: every classified system needs an emergency procedure.
enum ProcedureCoverage {
    /// A system is covered when it lists a procedure or a procedure names it. A system in the two most critical
    /// classes without one is an error (the plan has a hole exactly where an outage hurts most); others a warning.
    static func check(_ systems: [SystemRecord], procedures: [ParsedProcedure], classes: [CriticalityClass], lint: Lint) {
        let named = Set(procedures.flatMap(\.systems))
        for system in systems where !system.listsProcedures && !named.contains(system.id.value) {
            let message = "systemet «\(system.id.value)» har ingen nødprosedyre"
            let hint = "lag en prosedyre i prosedyrer/ med «systems: [\(system.id.value)]», eller før den opp under «procedures» (Normen 5.9)"
            if classes.first(where: { $0.id == system.classID })?.isAmongTopTwo == true {
                lint.error(message + " og er i en av de to mest kritiske klassene", at: system.id.location, hint: hint)
            } else {
                lint.warning(message, at: system.id.location, hint: hint)
            }
        }
        checkCategoryOnly(procedures, systems: systems, lint: lint)
    }

    /// A procedure that names no system is chosen by its category only when none of the affected systems has a
    /// procedure of its own (system-specific procedures win, `Organisation.procedures(for:)`). When every system in
    /// the register has one, such a procedure is never chosen: lint says why and how to reach it.
    private static func checkCategoryOnly(_ procedures: [ParsedProcedure], systems: [SystemRecord], lint: Lint) {
        let named = Set(procedures.flatMap(\.systems))
        guard !systems.isEmpty, systems.allSatisfy({ named.contains($0.id.value) }) else { return }
        for parsed in procedures {
            guard let procedure = parsed.procedure, procedure.systems.isEmpty, !procedure.categories.isEmpty,
                  let location = parsed.categoriesAt else { continue }
            let categories = procedure.categories.map { "«\($0)»" }.joined(separator: ", ")
            lint.warning("prosedyren «\(procedure.id)» velges aldri: den nevner ingen systemer, og kategorien \(categories) velger den "
                + "bare når ingen av de rammede systemene har en egen prosedyre, men alle systemene i registeret har det", at: location,
                hint: "før opp systemene den gjelder under «systems» i prosedyren")
        }
    }
}

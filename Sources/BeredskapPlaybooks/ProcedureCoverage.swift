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
    }
}

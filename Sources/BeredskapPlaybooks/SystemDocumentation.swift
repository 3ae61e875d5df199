import BeredskapCore

/// Factsheet 1a and 1d for the systems where an outage hurts most: the register should say what losing the system
/// means and which risk assessment stands behind its class. Warnings, not errors: the plan still works without the
/// text, and a new system should not stop the console from starting while its assessment is being written.
enum SystemDocumentation {
    static func check(_ systems: [SystemRecord], classes: [CriticalityClass], lint: Lint) {
        for system in systems where classes.first(where: { $0.id == system.classID })?.isAmongTopTwo == true {
            if !system.hasConsequence {
                lint.warning("systemet «\(system.id.value)» mangler konsekvens ved bortfall og er i en av de to mest kritiske klassene",
                             at: system.id.location,
                             hint: "skriv hva som stopper og hva det betyr for pasientene under «consequence» (faktaark 1a)")
            }
            if !system.hasRiskAssessment {
                lint.warning("systemet «\(system.id.value)» viser ikke til en risikovurdering og er i en av de to mest kritiske klassene",
                             at: system.id.location,
                             hint: "skriv hvor risikovurderingen ligger under «risk_assessment», f.eks. «ROS-2025-07» (faktaark 1d)")
            }
        }
    }
}

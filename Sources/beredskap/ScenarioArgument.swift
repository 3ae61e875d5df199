import BeredskapCore

/// A scenario named on the command line, found in the playbooks' `ovelser/`.
enum ScenarioArgument {
    static func find(_ id: String, in organisation: Organisation) throws -> ExerciseScenario {
        guard let scenario = organisation.scenario(id) else {
            throw CommandFailure(message: "Fant ikke scenariet «\(InertText.make(id))». Scenariene er: "
                + organisation.scenarios.map(\.id).joined(separator: ", ") + " (`beredskap exercise scenarios`).")
        }
        return scenario
    }
}

import ArgumentParser

/// `beredskap plan`: the plan as a controlled document (Normen 2.3): the hash to approve, and what changed.
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Planen som styrt dokument: sjekksummen som godkjennes, og hva som er endret mellom to versjoner.",
        discussion: "Godkjenning: se docs/PLAYBOOKS.md («Document control»).",
        subcommands: [PlanHashCommand.self, PlanDiffCommand.self])
}

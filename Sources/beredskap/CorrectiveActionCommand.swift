import ArgumentParser

struct CorrectiveActionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "action",
        abstract: "Forbedringsplanen: tiltak fra evalueringer er åpne til de lukkes med hva som er gjort.",
        subcommands: [CorrectiveActionListCommand.self, CorrectiveActionCloseCommand.self])
}

import ArgumentParser

struct TestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Årlig test av prosedyrene (Normen 5.9): registrer funksjonstester og gjenopprettingstester med utfall.",
        subcommands: [TestRecordCommand.self])
}

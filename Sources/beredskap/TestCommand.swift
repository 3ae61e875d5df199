import ArgumentParser

struct TestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Årlig test og opplæring (Normen 5.9, faktaark 3a og 3b): funksjonstester og gjenopprettingstester med utfall, "
            + "og hvem som har fått opplæring.",
        subcommands: [TestRecordCommand.self, TrainingRecordCommand.self])
}

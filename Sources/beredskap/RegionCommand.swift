import ArgumentParser

struct RegionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "region",
        abstract: "Regionens database: sett den opp, se bildet på tvers av sykehusene, tall til ledelsen.",
        discussion: "Sykehusene sender sine journaler med `beredskap sync`. Se docs/REGION.md.",
        subcommands: [RegionInitCommand.self, RegionStatusCommand.self, RegionConsoleCommand.self, RegionReportCommand.self])
}

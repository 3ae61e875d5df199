import ArgumentParser
import BeredskapRegion

struct RegionInitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Opprett eller oppgrader skjemaet i regionens database (trygt å kjøre igjen).")

    @OptionGroup var region: RegionConnectionArgument

    func run() throws {
        let (from, to) = try RegionSchema.migrate(try region.connect())
        if from == to {
            print("Regionens database har allerede skjemaversjon \(to).")
        } else if from == 0 {
            print("Regionens database er satt opp med skjemaversjon \(to).")
        } else {
            print("Regionens database er oppgradert fra skjemaversjon \(from) til \(to).")
        }
    }
}

import ArgumentParser
import BeredskapCore
import Foundation

struct BreachFlagCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "flag", abstract: "Marker hendelsen som personvernbrudd; starter 72-timersfristen til Datatilsynet.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Hendelsens id.") var incident: String
    @Option(name: .customLong("aware-at"), help: TimeArgument.pastHelp("Når virksomheten fikk kjennskap til bruddet (standard: nå).")) var awareAt: TimeArgument?
    @Option(help: "Kort beskrivelse av bruddet, uten pasientidentitet.") var note: String

    func run() throws {
        let now = Date()
        try global.execute(.flagPrivacyBreach(IncidentID(incident), awareAt: awareAt?.past(now: now) ?? now, note: note))
    }
}

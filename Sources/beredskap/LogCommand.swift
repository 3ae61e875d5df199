import ArgumentParser
import BeredskapCore
import Foundation

struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "Før en linje i hendelsesloggen (faktaark 2b); --at for etterregistrering.",
        discussion: """
            Aldri pasientidentitet: bruk skjemaets løpenummer eller avdeling og seng. \
            Et klokkeslett alene (--at 03:12) er siste gang klokken var 03:12, i dag eller i går.
            Eksempel: beredskap log H-2026-001 "Leverandøren bekrefter feil i databasen" --at 03:12
            """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Hendelsens id.") var incident: String
    @Argument(help: "Teksten.") var text: String
    @Option(help: TimeArgument.pastHelp("Når det skjedde, hvis ikke nå (etterregistrering).")) var at: TimeArgument?

    func run() throws {
        try global.execute(.log(IncidentID(incident), text: text), occurred: at?.past(now: Date()))
    }
}

import ArgumentParser
import BeredskapCore
import Foundation

struct TrainingRecordCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "training",
        abstract: "Registrer at noen har fått opplæring i en prosedyre eller en krisestabsrolle (faktaark 3a).",
        discussion: """
            Navn på ansatte er greit; aldri pasientopplysninger.
            Eksempel: beredskap test training --person "Kari Nordmann" --role krisestabsleder --at 2026-11-24
            """)

    @OptionGroup var global: GlobalOptions
    @Option(help: "Hvem som fikk opplæringen.") var person: String
    @Option(help: ArgumentHelp("Prosedyren opplæringen gjaldt.", valueName: "PROSEDYRE")) var procedure: String?
    @Option(help: ArgumentHelp("Krisestabsrollen opplæringen gjaldt.", valueName: "ROLLE")) var role: String?
    @Option(help: "Hva opplæringen var (kurs, gjennomgang, øvelse).") var note: String?
    @Option(help: TimeArgument.pastHelp("Når opplæringen var, hvis ikke nå.")) var at: TimeArgument?

    func run() throws {
        try global.execute(.recordTraining(person: person, procedure: procedure.map(ProcedureID.init(rawValue:)),
                                           role: role.map(RoleID.init(rawValue:)), note: note),
                           occurred: at?.past(now: Date()))
    }
}

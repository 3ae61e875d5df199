import ArgumentParser
import BeredskapCore
import BeredskapPaper
import Foundation

struct PrintFormsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "forms",
        abstract: "Papirskjema; med --incident får de løpenummer som registreres som utlevert i journalen.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp("Skjemaets id fra skjema.yaml, f.eks. journalnotat.", valueName: "SKJEMA")) var form: String
    @Option(help: "Antall skjema.") var count = 1
    @Option(help: ArgumentHelp("Hendelsen skjemaene utleveres i; løpenumrene føres i journalen.", valueName: "ID")) var incident: String?
    @Option(name: .customLong("to"), help: ArgumentHelp("Hvor skjemaene går (avdeling eller enhet, aldri en pasient).", valueName: "AVDELING"))
    var issuedTo: String?
    @OptionGroup var options: PrintOptions

    func validate() throws {
        if incident != nil, issuedTo == nil { throw ValidationError("Oppgi hvem skjemaene utleveres til: --to AVDELING.") }
    }

    func run() throws {
        let now = Date()
        let organisation = try global.organisation(now: now)
        guard let definition = organisation.form(FormTypeID(rawValue: form)) else {
            throw CommandFailure(message: "Fant ikke skjemaet «\(InertText.make(form))». Kjente: "
                + organisation.forms.map(\.id.rawValue).joined(separator: ", ") + ".")
        }
        var serials: [FormSerial] = []
        if let incident, let issuedTo {
            let entries = try global.execute(.issueForms(IncidentID(rawValue: incident), form: definition.id,
                                                         count: count, issuedTo: issuedTo))
            serials = entries.flatMap { entry -> [FormSerial] in
                if case .formsIssued(let issued) = entry.event?.body { issued.serials } else { [] }
            }
        }
        try options.deliver(FormPrint.document(definition, organisation: organisation, serials: serials, blankCount: count),
                            organisation: organisation, exercise: global.exercise != nil, now: now, journal: global)
    }
}

import ArgumentParser
import BeredskapCore
import BeredskapPaper
import Foundation

struct PrintChecklistCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "checklist",
        abstract: "Én nødprosedyre som READ-DO-sjekkliste: nummererte steg med avkrysning, klokkeslett og signatur.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp("Prosedyrens id, f.eks. epj-uten-is.", valueName: "PROSEDYRE")) var procedure: String
    @OptionGroup var options: PrintOptions

    func run() throws {
        let now = Date()
        let organisation = try global.organisation(now: now)
        guard let found = organisation.procedure(ProcedureID(procedure)) else {
            throw CommandFailure(message: "Fant ingen prosedyre «\(InertText.make(procedure))». Kjente: "
                + organisation.procedures.map(\.id.rawValue).joined(separator: ", ") + ".")
        }
        try options.deliver(ProcedureChecklist.document(found, organisation: organisation), organisation: organisation,
                            exercise: global.exercise != nil, now: now, journal: global)
    }
}

import ArgumentParser
import BeredskapCore
import BeredskapPaper
import Foundation

struct PrintCardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "card",
        abstract: "Hurtigkortet: én side per avdeling med hvem som ringes, hvor nødpermen og skjemaene ligger, og hva som gjøres først.",
        discussion: """
            Avdelingene og hva kortet sier står i organisasjon.yaml («distribution» og «quick_card»).
            Eksempel: beredskap print card --department akuttmottak -o kort.pdf
            """)

    @OptionGroup var global: GlobalOptions
    @Option(name: .customLong("department"), help: ArgumentHelp("Bare kortet for denne avdelingen (id fra «distribution»).", valueName: "AVDELING"))
    var department: String?
    @OptionGroup var options: PrintOptions

    func run() throws {
        let now = Date()
        let organisation = try global.organisation(now: now)
        let departments = organisation.documentControl?.distribution ?? []
        guard !departments.isEmpty else {
            throw CommandFailure(message: "Ingen avdelinger å lage hurtigkort for: legg dem inn under «distribution» i organisasjon.yaml (se docs/PLAYBOOKS.md).")
        }
        var chosen = departments
        if let department {
            guard let found = organisation.documentControl?.department(department) else {
                throw CommandFailure(message: "Fant ingen avdeling «\(InertText.make(department))». Kjente: "
                    + departments.map { "\($0.id) (\($0.name))" }.joined(separator: ", ") + ".")
            }
            chosen = [found]
        }
        try options.deliver(QuickCardDocument.document(organisation, departments: chosen), organisation: organisation,
                            exercise: global.exercise != nil, now: now, journal: global)
    }
}

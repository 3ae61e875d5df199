import ArgumentParser
import BeredskapCore
import Foundation

struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Opprett en hendelse (fase oppdaget). Skriver hendelsens id på siste linje.",
        discussion: "Eksempel: beredskap open --title \"EPJ utilgjengelig\" --detected-by \"Sengepost 3B\" --at 03:12")

    @OptionGroup var global: GlobalOptions
    @Option(help: "Kort tittel, f.eks. «EPJ utilgjengelig».") var title: String
    @Option(name: .customLong("detected-by"), help: "Hvem eller hva som oppdaget det.") var detectedBy: String?
    @Option(help: TimeArgument.pastHelp("Når det skjedde, hvis ikke nå.")) var at: TimeArgument?
    @Flag(help: "Planlagt nedetid (oppgradering, vedlikeholdsvindu): rapporteres for seg, ikke som uplanlagt avbrudd.")
    var planned = false

    func run() throws {
        let entries = try global.execute(.openIncident(title: title, detectedBy: detectedBy, planned: planned), occurred: at?.past(now: Date()))
        if let id = entries.first?.incident { print(id) }
    }
}

import ArgumentParser
import BeredskapCore

struct FormAdvanceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "advance",
        abstract: "Flytt mange papirskjema ett steg videre på én gang, f.eks. en hel bunke innlevert fra en sengepost.",
        discussion: """
            Velg skjemaene med --range (løpenumre fra og med..til og med) eller --place (alle utlevert til avdelingen). \
            --count er hvor mange skjema du har foran deg: stemmer det ikke med utvalget, eller står ett av dem på et \
            annet steg, lagres ingenting. Stegene: utlevert, innlevert, registrert, kontrollert.
            Eksempel: beredskap form advance H-2026-001 --place "Sengepost 3B" --to innlevert --count 40
            Eksempel: beredskap form advance H-2026-001 --range JN-0001..JN-0040 --to registrert --count 40
            """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Hendelsens id.") var incident: String
    @Option(help: ArgumentHelp("Løpenumrene fra og med..til og med, f.eks. JN-0001..JN-0040.", valueName: "FRA..TIL")) var range: String?
    @Option(help: ArgumentHelp("Alle skjema utlevert til denne avdelingen eller enheten.", valueName: "AVDELING")) var place: String?
    @Option(help: "Steget skjemaene går til: innlevert, registrert eller kontrollert.") var to: FormStatus
    @Option(help: "Hvor mange skjema du har foran deg; må stemme med utvalget.") var count: Int

    func validate() throws {
        _ = try selection()
    }

    func run() throws {
        try global.execute(.advanceForms(IncidentID(incident), try selection(), to: to, count: count))
    }

    /// The forms the options name: exactly one of --range and --place.
    private func selection() throws -> FormSelection {
        switch (range, place) {
        case (let range?, nil):
            guard let selection = Self.range(range) else {
                throw ValidationError("«\(range)» er ikke et område av løpenumre; skriv f.eks. --range JN-0001..JN-0040.")
            }
            return selection
        case (nil, let place?): return .issuedTo(place)
        case (nil, nil), (_?, _?): throw ValidationError("Velg skjemaene med enten --range FRA..TIL eller --place AVDELING.")
        }
    }

    /// `JN-0001..JN-0040` as a selection; nil unless it is two serials around «..».
    static func range(_ text: String) -> FormSelection? {
        let ends = text.components(separatedBy: "..").map { $0.trimmingCharacters(in: .whitespaces) }
        guard ends.count == 2, !ends[0].isEmpty, !ends[1].isEmpty else { return nil }
        return .range(FormSerial(ends[0]), through: FormSerial(ends[1]))
    }
}

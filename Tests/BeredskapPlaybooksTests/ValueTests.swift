import BeredskapCore
import Foundation
import Testing
@testable import BeredskapPlaybooks

@Suite("Values: durations, dates, closed word lists, serial prefixes")
struct ValueTests {
    @Test(arguments: [("10m", 10), ("4h", 240), ("1h30m", 90), ("2d", 2880), ("72h", 4320), ("1d2h3m", 1563), ("90m", 90)])
    func durations(text: String, minutes: Int) throws {
        #expect(try DurationSyntax.parse(text).get() == Minutes(minutes))
    }

    @Test(arguments: [
        ("", DurationSyntax.Problem.empty), ("10", .missingUnit(digits: "10")), ("4t", .malformed), ("30m1h", .malformed),
        ("1h1h", .malformed), ("m", .malformed), ("1.5h", .malformed), ("-5m", .malformed), ("0m", .zero), ("1h 30m", .malformed),
        ("99999999999999999999m", .malformed),
    ])
    func badDurations(text: String, problem: DurationSyntax.Problem) {
        #expect(throws: problem) { try DurationSyntax.parse(text).get() }
    }

    @Test func badDurationInAFile() throws {
        let copy = try PlaybookCopy()
        try copy.replace("kritikalitet.yaml", "max_outage: 4h", with: "max_outage: 4t")
        try copy.replace("nivaer.yaml", "within: 10m", with: "within: 10")
        let report = copy.load()
        expectDiagnostic(report, file: "kritikalitet.yaml", line: 6, column: 17, message: ["ugyldig varighet «4t»", "«max_outage»", "klassen «k1»"],
                         hint: ["1h30m"])
        expectDiagnostic(report, file: "nivaer.yaml", line: 18, column: 17, message: ["«10»", "enheten mangler"], hint: ["«10m»"])
    }

    @Test(arguments: ["2026-02-30", "15.01.2026", "2026-1-15", "i fjor"])
    func badDates(text: String) throws {
        let copy = try PlaybookCopy()
        try copy.replace("kontakter.yaml", "verified: 2026-01-15", with: "verified: \(text)")
        expectDiagnostic(copy.load(), file: "kontakter.yaml", line: 8, column: 15, message: ["ugyldig dato «\(text)»", "kontakten «it-vakt»"],
                         hint: ["ÅÅÅÅ-MM-DD"])
    }

    @Test func quotedDateIsReadTheSameAsATimestamp() throws {
        let copy = try PlaybookCopy()
        try copy.replace("kontakter.yaml", "verified: 2026-01-15", with: "verified: \"2026-01-15\"")
        let quoted = try #require(copy.load().organisation?.contact("it-vakt")?.verified)
        let plain = try #require(PlaybookLoader.load(directory: validFixture.path, now: fixtureNow).organisation?.contact("it-vakt")?.verified)
        #expect(quoted == plain)
        #expect(plain == Date(timeIntervalSince1970: 1_768_435_200))
    }

    @Test(arguments: [
        ("prosedyrer/epj-nede.yaml", "type: uten-is", "type: uten-it", 4, 7, "«uten-it»", "mente du «uten-is»?"),
        ("prosedyrer/epj-nede.yaml", "type: uten-is", "type: parallell-losning", 4, 7, "«parallell-losning»", "mente du «parallell-løsning»?"),
        ("prosedyrer/epj-nede.yaml", "kind: do-confirm", "kind: confirm", 21, 13, "«confirm»", "mente du «do-confirm»?"),
        ("maler.yaml", "audience: pasienter", "audience: pårørende", 9, 15, "«pårørende»", "pasienter, ansatte, myndigheter"),
        ("nivaer.yaml", "level: gul", "level: gule", 8, 12, "«gule»", "mente du «gul»?"),
    ])
    func badWordFromAClosedList(file: String, old: String, new: String, line: Int, column: Int, word: String, hint: String) throws {
        let copy = try PlaybookCopy()
        try copy.replace(file, old, with: new)
        expectDiagnostic(copy.load(), file: file, line: line, column: column, message: ["ugyldig verdi", word], hint: [hint])
    }

    @Test(arguments: [("epj-1", "EPJ1"), ("PAPIRJOURNAL", "PAPIRJ"), ("Epj", "EPJ")])
    func badSerialPrefix(prefix: String, suggestion: String) throws {
        let copy = try PlaybookCopy()
        try copy.replace("skjema.yaml", "serial_prefix: EPJ", with: "serial_prefix: \(prefix)")
        expectDiagnostic(copy.load(), file: "skjema.yaml", line: 4, column: 20, message: ["serieprefikset «\(prefix)»", "skjemaet «papirjournal»"],
                         hint: ["A–Z", "«\(suggestion)»"])
    }

    @Test func unknownFactsheetStep() throws {
        let copy = try PlaybookCopy()
        try copy.replace("prosedyrer/epj-nede.yaml", "[\"2a\", \"2f\"]", with: "[\"2a\", \"2z\"]")
        expectDiagnostic(copy.load(), file: "prosedyrer/epj-nede.yaml", line: 7, column: 19, message: ["«2z»"], hint: ["2a–2k"])
    }
}

import Foundation
import Testing

/// `beredskap plan hash`, `plan diff` and `print card` through the real binary on copies of the shipped Playbooks.
@Suite struct PlanThroughCLITests {
    /// A copy of the shipped Playbooks to edit as a coordinator would, in its text.
    final class Copy {
        let url: URL
        init() throws {
            url = FileManager.default.temporaryDirectory.appendingPathComponent("playbooks-\(UUID().uuidString)")
            try FileManager.default.copyItem(at: URL(fileURLWithPath: CLI.playbooks), to: url)
        }
        deinit { try? FileManager.default.removeItem(at: url) }

        func replace(_ file: String, _ old: String, with new: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
            let path = url.appendingPathComponent(file)
            let text = try String(contentsOf: path, encoding: .utf8)
            try #require(text.contains(old), "«\(old)» not in \(file)", sourceLocation: sourceLocation)
            try Data(text.replacingOccurrences(of: old, with: new).utf8).write(to: path)
        }
    }

    @Test func theShippedPlanIsApprovedAtTheHashPlanHashPrints() throws {
        let cli = try CLI()
        let hash = try cli.run(["plan", "hash", CLI.playbooks], global: false)
        #expect(hash.status == 0)
        let printed = hash.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(printed.count == 64)
        let organisasjon = try String(contentsOfFile: CLI.playbooks + "/organisasjon.yaml", encoding: .utf8)
        #expect(organisasjon.contains("hash: \"\(printed)\""))
        let lint = try cli.run(["lint", CLI.playbooks], global: false)
        #expect(!lint.stdout.contains("godkjen"), "\(lint.stdout)")
    }

    @Test func lintTellsAChangedPlanToBeApprovedAgainWithTheHashToPaste() throws {
        let cli = try CLI()
        let copy = try Copy()
        try copy.replace("kontakter.yaml", "+47 000 10 001", with: "+47 000 10 009")
        let hash = try cli.run(["plan", "hash", copy.url.path], global: false).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let lint = try cli.run(["lint", copy.url.path], global: false)
        #expect(lint.status == 0)
        let line = try #require(lint.stdout.split(separator: "\n").first { $0.contains("endret etter godkjenning") })
        #expect(line.contains("organisasjon.yaml:"), "\(line)")
        #expect(line.contains(hash), "\(line)")
    }

    @Test func diffSaysInWordsWhatChanged() throws {
        let cli = try CLI()
        let copy = try Copy()
        try copy.replace("kontakter.yaml", "+47 000 10 010", with: "+47 000 10 019")
        try copy.replace("nivaer.yaml", "      - {contact: adm-bakvakt, within: 15m}\n", with: "      - {contact: adm-bakvakt, within: 20m}\n      - {contact: adm-dir, within: 30m}\n")
        try copy.replace("prosedyrer/epj-uten-is.yaml", "Bekreft feilen: gjelder", with: "Bekreft feilen først: gjelder")
        try copy.replace("prosedyrer/epj-uten-is.yaml",
                         "    - {id: eu-o5, text: \"Hent nødpermen (papir) fra beredskapsskapet på avdelingen (2k)\", role: avdelingsleder, within: 10m}\n",
                         with: "")
        let result = try cli.run(["plan", "diff", CLI.playbooks, copy.url.path], global: false)
        #expect(result.status == 0, "\(result.stderr)")
        let out = result.stdout
        #expect(out.contains("Kontakter\n  - Endret: Ola Nordmann [ikt-leder]: telefon «+47 000 10 010, +47 000 10 011» → «+47 000 10 019, +47 000 10 011»"), "\(out)")
        #expect(out.contains("Endret: nivå grønn: varsles nå også: Erik Nordmann [adm-dir] (innen 30 min); "
            + "frist for å varsle Administrativ bakvakt [adm-bakvakt]: 15 min → 20 min"), "\(out)")
        #expect(out.contains("EPJ utilgjengelig: drift uten IS-støtte [epj-uten-is]: "), "\(out)")
        #expect(out.contains("steg [eu-o1] i fasen «oppdaget» omformulert: «Bekreft feilen: gjelder"), "\(out)")
        #expect(out.contains("steg fjernet i fasen «oppdaget»: «Hent nødpermen (papir) fra beredskapsskapet på avdelingen (2k)» [eu-o5]"), "\(out)")
        #expect(!out.contains("Systemer\n"), "nothing changed there: \(out)")
    }

    @Test func diffOfTheSameFolderSaysNothingChanged() throws {
        let result = try CLI().run(["plan", "diff", CLI.playbooks, CLI.playbooks], global: false)
        #expect(result.status == 0)
        #expect(result.stdout.contains("Ingen endringer"))
    }

    @Test func diffOfABrokenFolderGivesItsErrorsAndFails() throws {
        let copy = try Copy()
        try copy.replace("systemer.yaml", "depends_on", with: "depend_on")
        let result = try CLI().run(["plan", "diff", CLI.playbooks, copy.url.path], global: false)
        #expect(result.status == 1)
        #expect(result.stdout.contains("systemer.yaml:"))
        #expect(result.stderr.contains("kan ikke sammenlignes"))
    }

    @Test func printCardForOneDepartmentIsOnePage() throws {
        let cli = try CLI()
        let path = cli.directory.appendingPathComponent("kort.pdf").path
        let one = try cli.run(["print", "card", "--department", "akuttmottak", "-o", path])
        #expect(one.status == 0, "\(one.stderr)")
        #expect(one.stdout.contains("(1 side)."), "\(one.stdout)")
        let unknown = try cli.run(["print", "card", "--department", "akutten", "-o", path])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("Fant ingen avdeling «akutten»"))
        #expect(unknown.stderr.contains("akuttmottak (Akuttmottaket)"))
    }
}

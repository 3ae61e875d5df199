import ArgumentParser
import BeredskapCore
import BeredskapPaper
import BeredskapStore
import Foundation

/// `beredskap print`: the paper fallback, as PDF or plain text, to a file or a printer.
struct PrintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "print",
        abstract: "Skriv ut nødpermen, en sjekkliste, papirskjema med løpenummer eller statusrapporten (PDF eller tekst).",
        discussion: """
            Hver side har virksomhet, dokument, versjon og sjekksum, utskriftstid, side x av y, eksemplar og \
            klassifisering. Med --exercise (eller en øvelsesjournal) står ØVELSE på hver side.
            """,
        subcommands: [PrintBinderCommand.self, PrintChecklistCommand.self, PrintFormsCommand.self, PrintStatusCommand.self,
                      PrintReportCommand.self, PrintAfterActionCommand.self])
}

enum PaperFormat: String, ExpressibleByArgument, CaseIterable {
    case pdf, text
}

/// Where a printout goes and in what form: shared by every `print` subcommand.
struct PrintOptions: ParsableArguments {
    @Option(name: [.customShort("o"), .long], help: ArgumentHelp("Filen som skrives (.pdf eller .txt).", valueName: "FIL"))
    var output: String?

    @Option(help: "pdf eller text (standard: etter filendelsen, ellers pdf).")
    var format: PaperFormat?

    @Option(help: "Antall eksemplarer; eksemplarnummeret står på hver side.")
    var copies = 1

    @Option(help: ArgumentHelp("Send til denne skriveren med `lp -d` (CUPS).", valueName: "NAVN"))
    var printer: String?

    func validate() throws {
        guard (1...100).contains(copies) else { throw ValidationError("--copies må være mellom 1 og 100.") }
        guard output != nil || printer != nil else { throw ValidationError("Oppgi hvor utskriften skal: -o FIL eller --printer NAVN.") }
    }

    var resolvedFormat: PaperFormat {
        format ?? (output.map { URL(fileURLWithPath: $0).pathExtension.lowercased() == "txt" } == true ? .text : .pdf)
    }

    /// Writes the document, sends it to the printer when asked, and tells where it went.
    func deliver(_ document: PaperDocument, organisation: Organisation, exercise: Bool, now: Date) throws {
        let format = resolvedFormat
        let path = output ?? FileManager.default.temporaryDirectory
            .appendingPathComponent("beredskap-\(UUID().uuidString).\(format == .pdf ? "pdf" : "txt")").path
        let run = PrintRun(organisation: organisation, printedAt: now, copies: copies, exercise: exercise)
        switch format {
        case .pdf:
            do {
                let pages = try PDFRenderer.write(document, run: run, to: path)
                print("Skrev \(path) (\(pages) sider).")
            } catch {
                throw CommandFailure(message: error.description)
            }
        case .text:
            do {
                try Data(TextRenderer.render(document, run: run).utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
            } catch {
                throw CommandFailure(message: "Kunne ikke skrive \(path): \(error.localizedDescription)")
            }
            print("Skrev \(path).")
        }
        if let printer { try send(path, to: printer) }
    }

    private func send(_ path: String, to printer: String) throws {
        let search = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        guard let lp = search.map({ "\($0)/lp" }).first(where: FileManager.default.isExecutableFile) else {
            print("Fant ikke `lp` (CUPS er ikke installert), så ingenting er sendt til \(printer). Skriv ut filen over på en annen maskin.")
            return
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: lp)
        process.arguments = ["-d", printer, path]
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw CommandFailure(message: "`lp -d \(printer)` feilet (kode \(process.terminationStatus)); filen ligger i \(path).")
        }
        print("Sendt til skriveren \(printer).")
    }
}

struct PrintBinderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "binder",
        abstract: "Nødpermen: kontaktliste, systemregister, nivåer og varsling, alle prosedyrer som sjekklister og blanke skjema.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var options: PrintOptions

    func run() throws {
        let now = Date()
        let organisation = try global.organisation(now: now)
        try options.deliver(Binder.document(organisation, printedAt: now), organisation: organisation, exercise: global.exercise != nil, now: now)
    }
}

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
                            exercise: global.exercise != nil, now: now)
    }
}

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
                            organisation: organisation, exercise: global.exercise != nil, now: now)
    }
}

struct PrintStatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Statusrapport til krisestabsmøtet: nivå, fase, klokker, oppgaver, varsling, beslutninger, siste logg og journalens segl.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp("Bare denne hendelsen (standard: alle åpne).", valueName: "ID")) var incident: String?
    @OptionGroup var options: PrintOptions

    func run() throws {
        let now = Date()
        let store = try global.openStore(now: now)
        let id = incident.map(IncidentID.init(rawValue:))
        if let id, store.state[id] == nil { throw CommandFailure(message: "Fant ingen hendelse \(InertText.make(id.rawValue)) i journalen.") }
        let entries = store.timeline.map { entry in
            StatusReport.Entry(seq: entry.seq, at: entry.record.occurred ?? entry.record.registered, incident: entry.incident, text: entry.summary(in: store.state.organisation))
        }
        let decisions = zip(store.timeline, entries).filter { entry, _ in
            switch entry.event?.body {
            case .levelChanged, .levelKept, .controlConfirmed, .incidentClosed: true
            default: false
            }
        }.map(\.1)
        let report = StatusReport(state: store.state, seal: store.seal.description, incident: id, decisions: decisions,
                                  recent: entries, now: now)
        try options.deliver(report.document, organisation: store.state.organisation, exercise: store.kind == .exercise, now: now)
    }
}

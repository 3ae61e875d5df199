import ArgumentParser
import BeredskapCore
import BeredskapPaper
import Foundation

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

    /// Writes the document, sends it to the printer when asked, and tells where it went. A checkpoint of the
    /// journal of `journal` is signed first and goes on every page (see ``PaperWitness``).
    func deliver(_ document: PaperDocument, organisation: Organisation, exercise: Bool, now: Date, journal: GlobalOptions) throws {
        let format = resolvedFormat
        let path = output ?? FileManager.default.temporaryDirectory
            .appendingPathComponent("beredskap-\(UUID().uuidString).\(format == .pdf ? "pdf" : "txt")").path
        var run = PrintRun(organisation: organisation, printedAt: now, copies: copies, exercise: exercise)
        run.witness = PaperWitness.text(for: journal, now: now)
        switch format {
        case .pdf:
            do {
                let pages = try PDFRenderer.write(document, run: run, to: path)
                print("Skrev \(path) (\(Count.phrase(pages, "side", "sider"))).")
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

    /// Hands the file to CUPS with `lp` (its server from the usual places: `CUPS_SERVER`, ~/.cups/client.conf,
    /// /etc/cups/client.conf, else the local scheduler). The file stays where it was written either way.
    private func send(_ path: String, to printer: String) throws {
        let search = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        guard let lp = search.map({ "\($0)/lp" }).first(where: FileManager.default.isExecutableFile) else {
            print("Fant ikke `lp` (CUPS er ikke installert), så ingenting er sendt til \(printer). Skriv ut filen over på en annen maskin.")
            return
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: lp)
        process.arguments = ["-d", printer, "-t", "beredskap " + URL(fileURLWithPath: path).lastPathComponent, path]
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let said = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let complaint = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw CommandFailure(message: Self.refusal(printer: printer, path: path, complaint: complaint,
                                                       schedulerRunning: Self.schedulerRunning(besides: lp)))
        }
        // «request id is kontor-12 (1 file(s))»: the job's id, for `lpstat` and `cancel`.
        let job = said.split(separator: " ").dropFirst(3).first.map { " (jobb \($0))" } ?? ""
        print("Sendt til skriveren \(printer)\(job).")
    }

    /// Whether CUPS answers: `lpstat -r` from beside `lp`. (`lp` itself says only that the printer does not exist
    /// when it reaches no scheduler at all.)
    private static func schedulerRunning(besides lp: String) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: lp).deletingLastPathComponent().appendingPathComponent("lpstat")
        process.arguments = ["-r"]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        let said = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return process.terminationStatus == 0 && said.hasPrefix("scheduler is running")
    }

    /// Why `lp` did not take the job, in Norwegian: no CUPS to reach, or a printer CUPS does not know.
    static func refusal(printer: String, path: String, complaint: String, schedulerRunning: Bool) -> String {
        let why = schedulerRunning
            ? "CUPS tok ikke imot jobben. Se hvilke skrivere som finnes med `lpstat -p`"
            : "fant ingen CUPS-skriverserver å sende til. Start CUPS (`sudo systemctl start cups`) eller skriv ut filen fra en annen maskin"
        return "Utskriften ble ikke sendt til skriveren \(printer): \(why). Filen ligger i \(path)."
            + (complaint.isEmpty ? "" : "\n(lp: \(complaint))")
    }
}

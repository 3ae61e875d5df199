import Foundation
import Glibc
import Testing

/// `--printer` for real: a private CUPS scheduler (Debian's cupsd, its configuration, spool and logs in a
/// temporary directory, listening only on a Unix socket there) with a cups-pdf queue that writes what it prints
/// into the same directory. The document that comes out must be the one that went in. Needs root, as CI runs it.
@Suite(.serialized) struct CUPSPrintTests {
    final class Scheduler {
        let directory: String
        let queue = "beredskap-" + UUID().uuidString.prefix(8).lowercased()
        private var cupsd: pid_t = 0
        /// cups-pdf reads `/etc/cups/cups-pdf-NAME.conf` for a queue whose device is `cups-pdf:/NAME`: the only
        /// file outside the temporary directory, removed again by ``stop()``.
        private var queueConfiguration: String { "/etc/cups/cups-pdf-\(queue).conf" }
        var socket: String { directory + "/cups.sock" }
        var output: String { directory + "/out" }

        init() throws {
            // scripts/deps is the one list of packages; it installs cups and printer-driver-cups-pdf when missing.
            let deps = try Tool.run(Self.repository + "/scripts/deps", [])
            #expect(deps.status == 0, "scripts/deps: \(deps.stderr)")
            var template = Array("/tmp/bcups-XXXXXX".utf8CString)   // short: a socket path has at most 107 bytes
            directory = template.withUnsafeMutableBufferPointer { String(cString: mkdtemp($0.baseAddress!)!) }
            chmod(directory, 0o755)
            for name in ["etc", "spool", "cache", "state", "log", "out", "pdf-spool"] {
                try FileManager.default.createDirectory(atPath: directory + "/" + name, withIntermediateDirectories: true)
            }
            // The filters run as the user lp and write their temporary files here.
            try FileManager.default.createDirectory(atPath: directory + "/tmp", withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o1777])
            try """
                Listen \(socket)
                LogLevel warn
                Browsing No
                WebInterface No
                DefaultAuthType None
                <Location />
                  Order allow,deny
                  Allow all
                </Location>
                <Policy default>
                  <Limit All>
                    Order deny,allow
                    Allow all
                  </Limit>
                </Policy>

                """.write(toFile: directory + "/etc/cupsd.conf", atomically: true, encoding: .utf8)
            try """
                ServerRoot \(directory)/etc
                RequestRoot \(directory)/spool
                TempDir \(directory)/tmp
                CacheDir \(directory)/cache
                StateDir \(directory)/state
                AccessLog \(directory)/log/access_log
                ErrorLog \(directory)/log/error_log
                PageLog \(directory)/log/page_log
                Printcap \(directory)/printcap
                SystemGroup root
                Sandboxing Relaxed

                """.write(toFile: directory + "/etc/cups-files.conf", atomically: true, encoding: .utf8)
            try """
                Out \(output)
                AnonDirName \(output)
                Spool \(directory)/pdf-spool
                Log \(directory)/log
                Grp root

                """.write(toFile: queueConfiguration, atomically: true, encoding: .utf8)
            cupsd = try Self.spawn(["/usr/sbin/cupsd", "-f", "-c", directory + "/etc/cupsd.conf", "-s", directory + "/etc/cups-files.conf"])
            _ = waitUntil("the scheduler answers") { (try? Tool.run("lpstat", ["-h", self.socket, "-r"]))?.stdout == "scheduler is running\n" }
            // PostScript for cups-pdf made by pdftocairo keeps the text readable (poppler's pdftops and Ghostscript
            // turn the glyphs into shapes), so the PDF that comes out can be read back and compared.
            let added = try Tool.run("lpadmin", ["-h", socket, "-p", queue, "-v", "cups-pdf:/\(queue)", "-E",
                                                 "-P", "/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd", "-o", "printer-error-policy=abort-job",
                                                 "-o", "pdftops-renderer-default=pdftocairo"])
            #expect(added.status == 0, "lpadmin: \(added.stderr)")
        }

        func stop() {
            kill(cupsd, SIGTERM)
            var status: Int32 = 0
            waitpid(cupsd, &status, 0)
            try? FileManager.default.removeItem(atPath: queueConfiguration)
            try? FileManager.default.removeItem(atPath: directory)
        }

        /// Whether CUPS lists `job` among the completed ones: the backend has exited, so the PDF is whole.
        func completed(_ job: String) -> Bool {
            (try? Tool.run("lpstat", ["-h", socket, "-W", "completed", "-o", queue]))?.stdout.contains(job + " ") == true
        }

        /// Starts `arguments` with no signals blocked. Foundation's Process hands on the test thread's blocked
        /// signals, and a cupsd that never sees SIGCHLD never learns that a job's backend has finished.
        private static func spawn(_ arguments: [String]) throws -> pid_t {
            var attributes = posix_spawnattr_t()
            posix_spawnattr_init(&attributes)
            defer { posix_spawnattr_destroy(&attributes) }
            var none = sigset_t()
            sigemptyset(&none)
            posix_spawnattr_setsigmask(&attributes, &none)
            var all = sigset_t()
            sigfillset(&all)
            posix_spawnattr_setsigdefault(&attributes, &all)
            posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
            let argv = arguments.map { strdup($0) } + [nil]
            defer { argv.forEach { free($0) } }
            var pid: pid_t = 0
            let result = posix_spawn(&pid, arguments[0], nil, &attributes, argv, environ)
            guard result == 0 else { throw POSIXError(POSIXErrorCode(rawValue: result) ?? .EINVAL) }
            return pid
        }

        static let repository = URL(fileURLWithPath: CLI.playbooks).deletingLastPathComponent().path
    }

    /// Polls `condition` until it holds or the hang limit passes; what it waits for only the action under test
    /// produces, and no test asserts how long it took.
    static func waitUntil(_ what: String, sourceLocation: SourceLocation = #_sourceLocation, _ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(CLI.Running.hangLimit)
        while Date() < deadline {
            if condition() { return true }
            usleep(20_000)
        }
        Issue.record("\(what): not within \(CLI.Running.hangLimit) s", sourceLocation: sourceLocation)
        return false
    }

    /// The words of a PDF as pdftotext reads them, ligatures (ﬁ) written out (NFKC) and spacing made even.
    private static func text(ofPDF path: String) throws -> String {
        try Tool.run("pdftotext", ["-enc", "UTF-8", path, "-"]).stdout.precomposedStringWithCompatibilityMapping
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test func aChecklistSentToAPrinterComesOutOfCUPSAsTheSameDocument() throws {
        try #require(getuid() == 0, "starting cupsd and adding a queue needs root, as in CI")
        let scheduler = try Scheduler()
        defer { scheduler.stop() }
        let cli = try CLI()
        let path = cli.directory.appendingPathComponent("sjekkliste.pdf").path
        let result = try cli.run(["print", "checklist", "--playbooks", CLI.playbooks, "skadevare", "--printer", scheduler.queue,
                                  "-o", path], global: false, environment: ["CUPS_SERVER": scheduler.socket])
        #expect(result.status == 0, "\(result.stderr)")
        let job = "\(scheduler.queue)-1"
        #expect(result.stdout.contains("Sendt til skriveren \(scheduler.queue) (jobb \(job))."), "\(result.stdout)")
        guard Self.waitUntil("job \(job) completed", { scheduler.completed(job) }) else { return }
        let printed = try FileManager.default.contentsOfDirectory(atPath: scheduler.output).filter { $0.hasSuffix(".pdf") }
        #expect(printed.count == 1, "\(printed)")
        let copy = try #require(printed.first.map { scheduler.output + "/" + $0 })
        let sent = try Self.text(ofPDF: path)
        #expect(sent.contains("Løsepengevirus eller annen skadevare"), "the checklist itself: \(sent.prefix(200))")
        #expect(try Self.text(ofPDF: copy) == sent, "what CUPS printed reads as what was sent")
    }

    @Test func withoutACUPSServerThePrintoutIsRefusedClearlyAndTheFileKept() throws {
        let cli = try CLI()
        let path = cli.directory.appendingPathComponent("sjekkliste.pdf").path
        let result = try cli.run(["print", "checklist", "--playbooks", CLI.playbooks, "skadevare", "--printer", "avd3b", "-o", path],
                                 global: false, environment: ["CUPS_SERVER": cli.directory.appendingPathComponent("ingen.sock").path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("Utskriften ble ikke sendt til skriveren avd3b: fant ingen CUPS-skriverserver å sende til."),
                "\(result.stderr)")
        #expect(result.stderr.contains("Filen ligger i \(path)."))
        #expect(FileManager.default.fileExists(atPath: path))
    }
}

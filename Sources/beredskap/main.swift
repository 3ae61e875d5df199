import ArgumentParser
import BeredskapCore
import BeredskapConsole
import BeredskapJournal
import BeredskapStore
import Foundation

// A write past the file size limit (ulimit -f) would otherwise kill the process with SIGXFSZ halfway through an
// append; ignored, the write fails with EFBIG and the journal rolls the append back and says so.
signal(SIGXFSZ, SIG_IGN)

// Exit codes: 0 ok, 1 refused or a failed check, 2 usage. ArgumentParser's own usage code (64) becomes 2.
do {
    var command = try Beredskap.parseAsRoot()
    try command.run()
} catch let failure as CommandFailure {
    FileHandle.standardError.write(Data((failure.message + "\n").utf8))
    exit(1)
} catch let refusal as Refusal {
    FileHandle.standardError.write(Data(("Avvist: " + refusal.message + "\n").utf8))
    exit(1)
} catch let error as JournalError {
    FileHandle.standardError.write(Data((error.norwegian + "\n").utf8))
    exit(1)
} catch {
    if Beredskap.exitCode(for: error) == .validationFailure {
        FileHandle.standardError.write(Data((Beredskap.fullMessage(for: error) + "\n").utf8))
        exit(2)
    }
    Beredskap.exit(withError: error)
}

import ArgumentParser
import BeredskapCore
import BeredskapConsole
import BeredskapJournal
import BeredskapRegion
import BeredskapStore
import Foundation

// A write past the file size limit (ulimit -f) would otherwise kill the process with SIGXFSZ halfway through an
// append; ignored, the write fails with EFBIG and the journal rolls the append back and says so.
signal(SIGXFSZ, SIG_IGN)

// Exit codes: 0 ok, 1 refused or a failed check, 2 usage. ArgumentParser's own usage code (64) becomes 2.
do {
    var command = try Beredskap.parse(commandLine: Array(CommandLine.arguments.dropFirst()))
    try command.run()
} catch let failure as CommandFailure {
    Terminal.error(failure.message)
    exit(1)
} catch let refusal as Refusal {
    Terminal.error("Avvist: " + refusal.message)
    exit(1)
} catch let error as RegionError {
    Terminal.error(error.norwegian)
    exit(1)
} catch let error as JournalError {
    Terminal.error(error.norwegian)
    exit(1)
} catch {
    // ArgumentParser's messages quote the arguments given, so they go through Terminal like everything else.
    let code = Beredskap.exitCode(for: error)
    let message = Beredskap.fullMessage(for: error)
    if code == .success {
        print(message)
        exit(0)
    }
    if !message.isEmpty { Terminal.error(ParserMessage.norwegian(message)) }
    exit(code == .validationFailure ? 2 : code.rawValue)
}

import ArgumentParser
import BeredskapJournal

struct SealCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "seal",
        abstract: "Skriv journalens segl: en kort form av hodet som kan skrives på papir og kontrolleres senere.")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let report = try JournalVerifier.verify(path: global.path, lockWaiting: GlobalOptions.lockWaiting)
        if let problem = report.problem {
            throw CommandFailure(message: "Journalen har feil (\(problem)); kjør `beredskap verify`.")
        }
        print(report.seal)
    }
}

import ArgumentParser
import BeredskapCore
import BeredskapConsole
import BeredskapJournal
import BeredskapPlaybooks
import BeredskapStore
import Foundation

/// Options every journal command takes: which journal, and who is at the keyboard.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Journalmappen.", valueName: "MAPPE"))
    var journal: String?

    @Option(name: .long, help: ArgumentHelp("Bruk øvelsesjournalen med dette navnet i stedet for den reelle.", valueName: "NAVN"))
    var exercise: String?

    @Option(help: ArgumentHelp("Playbooks-mappen (standard: $BEREDSKAP_PLAYBOOKS, ellers den første av ./Playbooks, "
        + "$XDG_CONFIG_HOME/beredskap/playbooks og /etc/beredskap/playbooks).", valueName: "MAPPE"))
    var playbooks: String?

    @Option(name: .customLong("operator"), help: ArgumentHelp("Hvem som registrerer (standard: $BEREDSKAP_OPERATOR, ellers brukernavnet).", valueName: "NAVN"))
    var operatorOption: String?

    func validate() throws {
        if let exercise, !JournalLocation.isValidExerciseName(exercise) {
            throw ValidationError("Øvelsesnavnet «\(exercise)» kan bare ha bokstaver a-z, tall, - og _.")
        }
    }

    var location: JournalLocation {
        journal.map { JournalLocation(directory: $0) } ?? .standard()
    }

    var path: String {
        exercise.map(location.exercisePath) ?? location.realPath
    }

    var operatorName: OperatorName {
        get throws {
            let env = ProcessInfo.processInfo.environment
            let login = getpwuid(getuid()).flatMap { $0.pointee.pw_name }.map { String(cString: $0) }
            let candidates = [operatorOption, env["BEREDSKAP_OPERATOR"], env["USER"], env["LOGNAME"], login]
            guard let name = candidates.compactMap({ $0 }).first(where: { !$0.allSatisfy(\.isWhitespace) }) else {
                throw CommandFailure(message: "Ukjent operatør: oppgi --operator NAVN eller sett BEREDSKAP_OPERATOR.")
            }
            return OperatorName(name)
        }
    }

    /// ` --exercise NAVN --journal MAPPE` as given, for a command we tell the user to type next (empty for the defaults).
    var journalArguments: String {
        (exercise.map { " --exercise \($0)" } ?? "") + (journal.map { " --journal \($0)" } ?? "")
    }

    /// `--playbooks`, else the standard place.
    var playbooksDirectory: String { playbooks ?? PlaybookLocation.standard() }

    /// The organisation from the playbooks. Refuses to go on when they have errors: nothing runs on a broken plan.
    /// In an exercise the contacts' phone numbers are replaced (`Organisation.withoutRealContacts`), so the binder
    /// and every printout made for it show «ØVELSE – ikke ring»; an exercise journal's store does the same.
    /// Warnings (stale contacts and the like) are told on standard error.
    func organisation(now: Date) throws -> Organisation {
        let organisation = try Self.organisation(directory: playbooksDirectory, now: now)
        return exercise == nil ? organisation : organisation.withoutRealContacts
    }

    /// The organisation from the playbooks in `directory`, refused when they have errors, warnings told.
    static func organisation(directory: String, now: Date) throws -> Organisation {
        let report = PlaybookLoader.load(directory: directory, now: now)
        guard let organisation = report.organisation, report.errors.isEmpty else {
            throw CommandFailure(message: "Playbooks i \(directory) har \(report.errors.count) feil, så ingenting er gjort. "
                + "Kjør `beredskap lint \(directory)` for å se dem."
                + (report.errors.first.map { "\nFørste feil: \($0)" } ?? ""))
        }
        if !report.warnings.isEmpty {
            Terminal.error("Merk: \(Count.phrase(report.warnings.count, "advarsel", "advarsler")) i Playbooks (`beredskap lint \(directory)`).")
        }
        return organisation
    }

    /// Opens the journal for writing (the console and commands that record), with a clear message when there is
    /// none yet. An exercise journal's store replaces the contacts' phone numbers itself. The console opens
    /// `fromSnapshot` (and verifies the rest behind its first frame); commands verify all of it first.
    func openStore(now: Date = Date(), organisation known: Organisation? = nil, fromSnapshot: Bool = false) throws -> IncidentStore {
        try requireJournal()
        let organisation = try known ?? organisation(now: now)
        let store = fromSnapshot
            ? try IncidentStore.openFromSnapshot(path: path, operatorName: try operatorName, organisation: organisation,
                                                 now: now, lockWaiting: Self.lockWaiting)
            : try IncidentStore.open(path: path, operatorName: try operatorName, organisation: organisation, now: now,
                                     lockWaiting: Self.lockWaiting)
        store.checkpointSigning = try InstallationKey.signing(for: self)
        return store
    }

    /// Opens the journal for reading only (reports, lists, exports): never writes, so it works on read-only media
    /// and a full disk. A torn tail is told on standard error and left for the next writer to repair.
    func readStore(now: Date = Date(), organisation known: Organisation? = nil) throws -> IncidentStore {
        try requireJournal()
        let organisation = try known ?? organisation(now: now)
        let store = try IncidentStore.read(path: path, organisation: organisation, lockWaiting: Self.lockWaiting)
        if store.tornTail > 0 {
            Terminal.error(JournalError.tornTailNotice(bytes: store.tornTail))
        }
        return store
    }

    /// Refuses when there is no journal yet; warns on standard error when every account on the machine can read it.
    private func requireJournal() throws {
        guard FileManager.default.fileExists(atPath: path) else {
            throw CommandFailure(message: "Fant ingen journal i \(path). Opprett den med `beredskap init\(journalArguments)`.")
        }
        if let warning = exposureWarning { Terminal.error(warning) }
    }

    /// The warning for a journal every account on the machine can read, if it is one.
    var exposureWarning: String? {
        JournalExposure.worldReadable(path: path).map { JournalExposure.warning(path: path, permissions: $0) }
    }

    /// A command waits for a journal another process holds as long as it takes, and says after two seconds who
    /// holds it; Ctrl-C aborts the wait (nothing is written while waiting).
    static let lockWaiting = LockWaiting.untilGranted(noticeAfter: .seconds(2)) { holders in
        Terminal.error(LockHolder.waitingNotice(holders))
    }

    /// Runs one command against the journal and prints what was recorded.
    @discardableResult
    func execute(_ action: Action, occurred: Date? = nil, onBehalfOf: String? = nil) throws -> [TimelineEntry] {
        try executing(action, occurred: occurred, onBehalfOf: onBehalfOf).entries
    }

    /// `execute`, also returning the store with the new entries folded in.
    func executing(_ action: Action, occurred: Date? = nil, onBehalfOf: String? = nil) throws -> (store: IncidentStore, entries: [TimelineEntry]) {
        let now = Date()
        let store = try openStore(now: now)
        if let damage = store.damage {
            throw CommandFailure(message: JournalError.readOnly(damage).norwegian + " Ingenting er skrevet; se `beredskap verify`.")
        }
        let entries = try store.execute(Command(by: try operatorName, occurred: occurred, onBehalfOf: onBehalfOf, action), now: now)
        for entry in entries {
            print("Lagret nr. \(entry.seq): \(entry.summary(in: store.state.organisation))")
        }
        if let failure = store.checkpointFailure {
            Terminal.error("Merk: " + CheckpointFailureText.norwegian(failure))
        }
        return (store, entries)
    }
}

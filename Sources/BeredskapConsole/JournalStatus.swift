import BeredskapJournal

/// Whether what is typed can be saved, as the header tells it.
public enum JournalStatus: Hashable, Sendable {
    case saved
    case readOnly
    case diskFull
    /// Writing stopped for another reason; the message line says which.
    case failed
    /// The journal's file was deleted or replaced under the console: nothing more is saved.
    case detached
    /// Another process holds the journal's lock; the console keeps trying on every poll.
    case waiting([LockHolder])

    /// The Norwegian word in the header.
    public var word: String {
        switch self {
        case .saved: "lagret"
        case .readOnly: "skrivebeskyttet"
        case .diskFull: "disk full"
        case .failed: "lagring feilet"
        case .detached: "IKKE LAGRET, filen er borte"
        case .waiting(let holders): "venter, låst av " + (holders.first.map { "prosess \($0.pid)" + ($0.isStopped ? " (stoppet)" : "") } ?? "en annen prosess")
        }
    }
}

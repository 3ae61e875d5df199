import BeredskapCore
import Foundation

/// How the console's copy to the region stands (`beredskap console --sync`), as the header tells it.
public enum RegionLink: Hashable, Sendable {
    /// The first attempt has not finished yet.
    case connecting
    /// The region holds the journal up to this line.
    case synced(seq: Int)
    /// No contact since this moment; the console keeps trying in the background.
    case offline(since: Date)
    /// The region refused the journal (a fork): trying again will not help until someone looks.
    case refused(agreed: Int)

    /// The header's words, times on the organisation's clock.
    func words(timeZone: TimeZone) -> String {
        switch self {
        case .connecting: "region: kobler til …"
        case .synced(let seq): "region: synket til nr. \(seq)"
        case .offline(let since): "region: frakoblet siden \(Timestamps.clock(since, timeZone: timeZone))"
        case .refused(let agreed): "region: AVVIST, kjeden er endret etter nr. \(agreed)"
        }
    }

    /// Whether the header shows it as trouble.
    var isTrouble: Bool {
        switch self {
        case .connecting, .synced: false
        case .offline, .refused: true
        }
    }
}

/// The worker that copies the journal to the region on its own thread. The console only asks it how things stand
/// and tells it when lines were saved; neither ever waits on the network. Implemented outside the console (the
/// executable wires BeredskapRegion's background sync), so the console builds without a PostgreSQL client.
public protocol RegionLinkSource: AnyObject, Sendable {
    /// How the link stands now; returns at once.
    var link: RegionLink { get }
    /// The journal moved on (lines saved here or read from another terminal): sync soon. `state` is the state
    /// through line `seq` when the console holds it whole and checked, so the copy need not read the journal
    /// again; nil while it does not. Returns at once.
    func journalAdvanced(_ state: State?, through seq: Int)
}

import BeredskapCore
import Foundation

/// A snapshot's closed incidents decoding on their own thread behind the first frame; whatever needs the whole
/// state before they are done waits for them.
final class ClosedIncidentDecoding: @unchecked Sendable {
    enum Outcome {
        case decoding
        case decoded([PlacedIncident])
        /// The line is not the one the snapshot's header names, or does not decode: the snapshot is not to be used.
        case unusable
    }

    private let condition = NSCondition()
    /// Guarded by `condition`.
    private var outcome = Outcome.decoding

    init(_ closed: ClosedIncidents) {
        let thread = Thread { [self] in
            let decoded = closed.decode()
            condition.withLock {
                outcome = decoded.map(Outcome.decoded) ?? .unusable
                condition.broadcast()
            }
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// The outcome so far.
    var current: Outcome { condition.withLock { outcome } }

    /// The outcome, once the decoding is done.
    func wait() -> Outcome {
        condition.withLock {
            while case .decoding = outcome { condition.wait() }
            return outcome
        }
    }
}

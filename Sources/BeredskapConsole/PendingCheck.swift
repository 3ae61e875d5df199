import BeredskapStore
import Foundation

/// A snapshot check running on its own thread, so the first frame does not wait for years of journal to be
/// verified; the loop asks for the result between frames.
final class PendingCheck: @unchecked Sendable {
    private let lock = NSLock()
    /// Guarded by `lock`.
    private var finished: SnapshotCheck.Result?

    init(_ check: SnapshotCheck) {
        let thread = Thread { [self] in
            let result = check.run()
            lock.withLock { finished = result }
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// The result once the check is done; nil while it runs.
    var result: SnapshotCheck.Result? { lock.withLock { finished } }
}

import Foundation

/// A value worked out on its own thread behind the first frame (the snapshot's closed incidents, the check of the
/// journal before the snapshot): the loop asks for it between frames, and whatever cannot go on without it waits.
public final class BackgroundResult<Value: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    /// Guarded by `condition`; nil while the work runs.
    private var finished: Value?

    public init(_ work: @escaping @Sendable () -> Value) {
        let thread = Thread { [self] in
            let value = work()
            condition.withLock {
                finished = value
                condition.broadcast()
            }
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// The value once the work is done; nil while it runs.
    public var value: Value? { condition.withLock { finished } }

    /// The value, once the work is done.
    public func wait() -> Value {
        condition.withLock {
            while finished == nil { condition.wait() }
            return finished!
        }
    }
}

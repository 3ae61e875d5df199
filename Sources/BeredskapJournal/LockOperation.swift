/// What `flock(2)` is asked to do with a file's lock. Taking a lock blocks until it is granted.
public enum LockOperation: Sendable {
    /// `LOCK_EX`: one holder at a time; taken to append or repair.
    case exclusive
    /// `LOCK_SH`: any number of holders, none exclusive; taken to read.
    case shared
    /// `LOCK_UN`: releases the lock this descriptor holds.
    case unlock

    var rawValue: CInt {
        switch self {
        case .exclusive: Platform.LOCK_EX
        case .shared: Platform.LOCK_SH
        case .unlock: Platform.LOCK_UN
        }
    }
}

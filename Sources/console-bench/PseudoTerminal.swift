import BeredskapConsole
import Foundation
import Glibc

/// A pseudo-terminal of a fixed size whose output is read and thrown away on a thread of its own, as a terminal
/// emulator would read it: ncurses writes real escape sequences through the kernel's tty layer and never blocks
/// on a full buffer. It is never closed: ncurses keeps the descriptor, and its exit handler writes to the last one.
final class PseudoTerminal: @unchecked Sendable {
    /// The side ncurses writes to and reads from.
    let terminal: Int32
    private let controller: Int32
    private let lock = NSLock()
    private var bytesRead = 0

    init(size: Size) throws {
        var controller: Int32 = 0
        var terminal: Int32 = 0
        var window = winsize(ws_row: UInt16(size.rows), ws_col: UInt16(size.columns), ws_xpixel: 0, ws_ypixel: 0)
        guard openpty(&controller, &terminal, nil, nil, &window) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        self.controller = controller
        self.terminal = terminal
        Thread.detachNewThread { [self] in drain() }
    }

    /// Bytes the terminal has received so far.
    var received: Int {
        lock.lock()
        defer { lock.unlock() }
        return bytesRead
    }

    /// Waits until nothing more arrives for a few milliseconds and returns the total: for byte counts only, not timings.
    func settledCount() -> Int {
        var last = -1
        var count = received
        while count != last {
            last = count
            usleep(5_000)
            count = received
        }
        return count
    }

    private func drain() {
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(controller, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { break }
            lock.lock()
            bytesRead += count
            lock.unlock()
        }
    }
}

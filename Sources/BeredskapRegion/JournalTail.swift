import BeredskapJournal
import Foundation

/// The last lines of a journal file, read from its end: what a sync needs when the region already holds all but
/// the newest lines. Only whole lines count (a torn last line is left for the writer), and each one's `h` is checked
/// against its bytes, so a line changed on disk is never sent from here (the full sync then finds and tells it).
struct JournalTail {
    /// The seq of the first line in `lines`.
    let first: Int
    private let lines: [(bytes: ArraySlice<UInt8>, hash: [UInt8])]

    /// Reads up to `limit` bytes from the end of `path` and keeps the lines from `from` through `through`; nil when
    /// they are not all there, whole and hashing to their `h`.
    init?(path: String, from: Int, through: Int, limit: Int = 1 << 20) {
        guard from <= through, let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        guard let size = try? handle.seekToEnd() else { return nil }
        let start = size > UInt64(limit) ? size - UInt64(limit) : 0
        guard (try? handle.seek(toOffset: start)) != nil, let data = try? handle.readToEnd() else { return nil }
        let bytes = [UInt8](data)
        // Whole lines only: from after the first newline (unless the file's start was read) to the last newline.
        guard let last = bytes.lastIndex(of: 0x0A) else { return nil }
        let begin = start == 0 ? 0 : (bytes.firstIndex(of: 0x0A).map { $0 + 1 } ?? bytes.count)
        guard begin <= last else { return nil }
        var found: [Int: (bytes: ArraySlice<UInt8>, hash: [UInt8])] = [:]
        for line in bytes[begin..<last].split(separator: 0x0A, omittingEmptySubsequences: false) {
            guard let seq = Self.seq(of: line), seq >= from, seq <= through else { continue }
            guard let hash = Self.verifiedHash(of: line) else { return nil }
            found[seq] = (line, hash)
        }
        guard (from...through).allSatisfy({ found[$0] != nil }) else { return nil }
        first = from
        lines = (from...through).map { found[$0]! }
    }

    var last: Int { first + lines.count - 1 }
    func line(_ seq: Int) -> ArraySlice<UInt8> { lines[seq - first].bytes }
    func hash(_ seq: Int) -> [UInt8] { lines[seq - first].hash }

    /// `{"seq":N,...`: the seq every line starts with.
    private static func seq(of line: ArraySlice<UInt8>) -> Int? {
        let prefix = Array(#"{"seq":"#.utf8)
        guard line.starts(with: prefix) else { return nil }
        let digits = line.dropFirst(prefix.count).prefix { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
        return Int(String(decoding: digits, as: UTF8.self))
    }

    /// The line's `h` (its last member, `,"h":"<64 hex>"}`), when it is the SHA-256 of the bytes before it.
    private static func verifiedHash(of line: ArraySlice<UInt8>) -> [UInt8]? {
        guard line.count > 72, line.suffix(72).starts(with: Array(#","h":""#.utf8)), line.suffix(2).elementsEqual(#""}"#.utf8),
              let hash = Hex.decode(line.suffix(66).prefix(64))
        else { return nil }
        let computed = line.dropLast(72).withUnsafeBytes { LineHash(hashing: $0) }
        return Hex.encode(hash) == computed.description ? hash : nil
    }
}

/// Where a journal stood after one line: its seq and hash, and the bytes it occupies. A snapshot of the folded
/// state names the position it covers; a writer can resume there without reading what comes before, once the line
/// at those bytes proves to be that line (``JournalWriter/open(path:operatorName:now:resumingAt:io:lockWaiting:)``).
public struct JournalPosition: Sendable, Equatable {
    public let seq: Int
    public let hash: LineHash
    /// The byte offset where the line begins.
    public let start: Int
    /// The byte offset just after its newline.
    public let end: Int

    public init(seq: Int, hash: LineHash, start: Int, end: Int) {
        self.seq = seq
        self.hash = hash
        self.start = start
        self.end = end
    }
}

/// The first place where a journal's bytes are not what its format promises.
///
/// Everything before it is verified and served; nothing after it is trusted, and appends are refused.
public struct JournalDamage: Sendable, Equatable, CustomStringConvertible {
    /// The seq of the damaged line: the seq the line at that position must have, as every line before it
    /// verified. nil when the damage belongs to no single line (the file became shorter than what was read).
    public let seq: Int?
    /// The 1-based line number in the file (the header is line 1).
    public let line: Int
    /// What is wrong, in English; user interfaces translate.
    public let reason: String

    public init(seq: Int?, line: Int, reason: String) {
        self.seq = seq
        self.line = line
        self.reason = reason
    }

    public var description: String {
        let place = seq.map { "seq \($0) (line \(line))" } ?? "line \(line)"
        return "journal damaged at \(place): \(reason)"
    }
}

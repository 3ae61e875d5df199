/// Why a byte sequence is not one valid JSON value, and where.
public struct JSONParseError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The zero-based byte offset of the first byte that could not be accepted (the input's length when the
    /// input ended too early).
    public let offset: Int
    /// What was wrong, in English, without the position, e.g. "expected ':' after object key".
    public let message: String

    public init(offset: Int, message: String) {
        self.offset = offset
        self.message = message
    }

    /// The message with its position, e.g. "expected ':' after object key at byte 17".
    public var description: String { "\(message) at byte \(offset)" }
}

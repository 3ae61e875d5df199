/// Reads one JSON object's members in written order, a member at a time, without building the object: for a reader
/// that expects fixed members in a fixed order (the journal's envelope), so that keys are compared where they lie
/// and values it only checks (hashes, timestamps) are never made into strings. The rules are ``JSONReader``'s; the
/// object must be the whole input, with whitespace around it allowed.
public struct JSONMemberReader {
    private var parser: JSONParser
    /// Where the next key's opening quote is, once the comma before it (or the opening brace) has been read.
    private var keyStart: Int?
    /// The key read, whose value is next: as ``nextKey()`` made it, or as ``nextKey(is:)`` matched it.
    private var pending: String?
    private var matched: StaticString?
    /// Whether a key has been read up to its colon, so its value is next.
    private var valueIsNext = false
    /// Whether the object's closing brace has been read.
    private var ended = false
    /// Whether a member has been read, so the next needs a comma before it.
    private var started = false

    /// Begins reading the object in `bytes`; throws unless it starts with `{`.
    public init(_ bytes: UnsafeRawBufferPointer) throws(JSONParseError) {
        parser = JSONParser(bytes)
        parser.skipWhitespace()
        guard parser.consume(UInt8(ascii: "{")) else {
            throw parser.error(parser.index < bytes.count ? "expected '{' to begin an object" : "unexpected end of input, expected a value")
        }
    }

    /// The next member's key, read up to its colon: asking again gives the same key until its value is read. Nil
    /// once the object has ended.
    public mutating func nextKey() throws(JSONParseError) -> String? {
        if valueIsNext { return pending ?? matched?.description }
        guard try atKey() else { return nil }
        let key = try parser.parseString()
        try passColon()
        pending = key
        return key
    }

    /// Whether the next member's key is `key`, compared in place: when it is, the key is read up to its colon (its
    /// value is next); when it is not, nothing is read, and ``nextKey()`` gives the key there is.
    public mutating func nextKey(is key: StaticString) throws(JSONParseError) -> Bool {
        if valueIsNext { return (pending ?? matched?.description) == key.description }
        guard try atKey(), let start = keyStart else { return false }
        let escaped = try parser.skipString()
        let expected = UnsafeRawBufferPointer(start: key.utf8Start, count: key.utf8CodeUnitCount)
        let matches = escaped ? parser.unescaped.elementsEqual(expected)
            : UnsafeRawBufferPointer(rebasing: parser.bytes[(start + 1)..<(parser.index - 1)]).elementsEqual(expected)
        guard matches else {
            parser.index = start
            return false
        }
        try passColon()
        matched = key
        return true
    }

    /// The value of the member whose key was read.
    public mutating func value() throws(JSONParseError) -> JSONValue {
        try takeKey()
        return try parser.parseValue(depth: 1)
    }

    /// The value of the member whose key was read, when it is a string, given to `body` without making a `String`
    /// of it: its bytes between the quotes as stored, and decoded (the same bytes when it has no escapes). Nil,
    /// having read past the value, when it is not a string.
    public mutating func string<T>(_ body: (_ stored: UnsafeRawBufferPointer, _ decoded: UnsafeRawBufferPointer) -> T)
        throws(JSONParseError) -> T?
    {
        try takeKey()
        guard parser.index < parser.bytes.count, parser.bytes[parser.index] == UInt8(ascii: "\"") else {
            _ = try parser.parseValue(depth: 1)
            return nil
        }
        let start = parser.index + 1
        let escaped = try parser.skipString()
        let stored = UnsafeRawBufferPointer(rebasing: parser.bytes[start..<parser.index - 1])
        return escaped ? parser.unescaped.withUnsafeBytes { body(stored, $0) } : body(stored, stored)
    }

    /// Requires that the object has ended and that nothing but whitespace follows it.
    public mutating func finish() throws(JSONParseError) {
        guard try nextKey() == nil else { throw parser.error("expected the end of the object") }
        parser.skipWhitespace()
        guard parser.index == parser.bytes.count else {
            throw parser.error("unexpected \(parser.describe(parser.bytes[parser.index])) after the JSON value")
        }
    }

    /// Reads up to the next key's opening quote (past the comma or the opening brace); false when the object ends.
    private mutating func atKey() throws(JSONParseError) -> Bool {
        if let keyStart {
            parser.index = keyStart
            return true
        }
        guard !ended else { return false }
        parser.skipWhitespace()
        if parser.consume(UInt8(ascii: "}")) {
            ended = true
            return false
        }
        if started {
            guard parser.consume(UInt8(ascii: ",")) else { throw parser.error("expected ',' or '}' after object member") }
            parser.skipWhitespace()
        }
        guard parser.index < parser.bytes.count, parser.bytes[parser.index] == UInt8(ascii: "\"") else {
            throw parser.error("expected '\"' to begin an object key")
        }
        keyStart = parser.index
        return true
    }

    /// Steps over the colon after a key just read; its value is next.
    private mutating func passColon() throws(JSONParseError) {
        parser.skipWhitespace()
        guard parser.consume(UInt8(ascii: ":")) else { throw parser.error("expected ':' after object key") }
        parser.skipWhitespace()
        (keyStart, valueIsNext, started) = (nil, true, true)
    }

    private mutating func takeKey() throws(JSONParseError) {
        if !valueIsNext, try nextKey() == nil {
            throw parser.error("expected an object member, found the end of the object")
        }
        (pending, matched, valueIsNext) = (nil, nil, false)
    }
}

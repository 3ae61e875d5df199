extension JSONParser {
    /// Parses a string whose opening quote is at `index` (see ``skipString()``): a string without escapes becomes
    /// the `String` directly from its bytes, one with escapes from the decoded bytes in `unescaped`.
    mutating func parseString() throws(JSONParseError) -> String {
        let start = index + 1
        guard try skipString() else {
            return Self.string(validatedUTF8: UnsafeRawBufferPointer(rebasing: bytes[start..<index - 1]))
        }
        return unescaped.withUnsafeBytes { Self.string(validatedUTF8: $0) }
    }

    /// Validates a string whose opening quote is at `index` and steps past it, without making a `String`: runs
    /// without escapes are validated in place, and only a string with escapes is gathered, its runs and decoded
    /// escapes, in the reused `unescaped` buffer. Returns whether it has escapes.
    mutating func skipString() throws(JSONParseError) -> Bool {
        index += 1
        var runStart = index
        try skipPlainRun()
        if bytes[index] == UInt8(ascii: "\"") {
            index += 1
            return false
        }
        unescaped.removeAll(keepingCapacity: true)
        while true {
            unescaped.append(contentsOf: bytes[runStart..<index])
            try appendEscape()
            runStart = index
            try skipPlainRun()
            if bytes[index] == UInt8(ascii: "\"") {
                unescaped.append(contentsOf: bytes[runStart..<index])
                index += 1
                return true
            }
        }
    }

    /// A `String` of UTF-8 already validated by `skipPlainRun` (or produced from escapes).
    ///
    /// Most keys and many values are short: `String(unsafeUninitializedCapacity:)` builds those in place,
    /// checking only whether they are ASCII, where `String(decoding:as:)` would validate them a second time.
    private static func string(validatedUTF8 utf8: UnsafeRawBufferPointer) -> String {
        guard utf8.count <= 15 else { return String(decoding: utf8, as: UTF8.self) }
        return String(unsafeUninitializedCapacity: utf8.count) { buffer in
            UnsafeMutableRawBufferPointer(buffer).copyMemory(from: utf8)
            return utf8.count
        }
    }

    /// Advances over characters that stand for themselves, stopping at a quote or backslash, which is then at
    /// `index`; anything else that may not appear raw in a string is an error.
    private mutating func skipPlainRun() throws(JSONParseError) {
        var position = index
        while true {
            if position + 8 <= bytes.count {
                let mask = Self.attentionMask(ByteWord.load(bytes, at: position))
                if mask == 0 {
                    position += 8
                    continue
                }
                position += ByteWord.firstMarked(mask)
            }
            guard position < bytes.count else {
                index = position
                throw error("unexpected end of input in string")
            }
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                index = position
                return
            }
            if byte >= 0x80 {
                index = position
                try skipMultiByteScalar()
                position = index
            } else if byte < 0x20 {
                index = position
                throw error("unescaped control character \(describe(byte)) in string")
            } else {
                position += 1
            }
        }
    }

    /// Marks quotes, backslashes, control characters and non-ASCII bytes: all that `skipPlainRun` must look at.
    private static func attentionMask(_ word: UInt64) -> UInt64 {
        ByteWord.marking(UInt8(ascii: "\""), in: word) | ByteWord.marking(UInt8(ascii: "\\"), in: word)
            | ByteWord.markingBelow(0x20, in: word) | ByteWord.markingNonASCII(in: word)
    }

    /// Validates one multi-byte UTF-8 sequence at `index` by the well-formedness table of Unicode 3.9 (Table 3-7),
    /// which rules out overlong forms, encoded surrogates and scalars beyond U+10FFFF.
    private mutating func skipMultiByteScalar() throws(JSONParseError) {
        let lead = bytes[index]
        let length: Int
        var secondRange: ClosedRange<UInt8> = 0x80...0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; secondRange = 0xA0...0xBF
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; secondRange = 0x80...0x9F
        case 0xF0: length = 4; secondRange = 0x90...0xBF
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; secondRange = 0x80...0x8F
        default: throw error("invalid UTF-8 lead \(describe(lead)) in string")
        }
        guard index + length <= bytes.count, secondRange.contains(bytes[index + 1]) else {
            throw error("invalid UTF-8 sequence in string")
        }
        for offset in 2..<length where !(0x80...0xBF).contains(bytes[index + offset]) {
            throw error("invalid UTF-8 sequence in string")
        }
        index += length
    }

    /// Decodes the escape at `index` (a backslash) into `unescaped`.
    private mutating func appendEscape() throws(JSONParseError) {
        let start = index
        guard index + 1 < bytes.count else { throw error("unexpected end of input in string") }
        let decoded: UInt8
        switch bytes[index + 1] {
        case UInt8(ascii: "\""): decoded = UInt8(ascii: "\"")
        case UInt8(ascii: "\\"): decoded = UInt8(ascii: "\\")
        case UInt8(ascii: "/"): decoded = UInt8(ascii: "/")
        case UInt8(ascii: "b"): decoded = 0x08
        case UInt8(ascii: "f"): decoded = 0x0C
        case UInt8(ascii: "n"): decoded = UInt8(ascii: "\n")
        case UInt8(ascii: "r"): decoded = UInt8(ascii: "\r")
        case UInt8(ascii: "t"): decoded = UInt8(ascii: "\t")
        case UInt8(ascii: "u"):
            index += 2
            let scalar = try unicodeEscape(startingAt: start)
            unescaped.append(contentsOf: scalar.utf8)
            return
        default:
            throw error("invalid escape \(describe(bytes[index + 1])) after '\\' in string")
        }
        unescaped.append(decoded)
        index += 2
    }

    /// Reads the four hex digits after `\u` (and, for a high surrogate, the `\uXXXX` low surrogate that must
    /// follow), with `index` just past the `u`.
    private mutating func unicodeEscape(startingAt start: Int) throws(JSONParseError) -> Unicode.Scalar {
        let first = try hexQuad()
        switch first {
        case 0xD800...0xDBFF:
            guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u")
            else {
                throw error("lone high surrogate \\u\(hex(first)) in string", at: start)
            }
            index += 2
            let second = try hexQuad()
            guard (0xDC00...0xDFFF).contains(second) else {
                throw error("high surrogate \\u\(hex(first)) not followed by a low surrogate", at: start)
            }
            return Unicode.Scalar(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00))!
        case 0xDC00...0xDFFF:
            throw error("lone low surrogate \\u\(hex(first)) in string", at: start)
        default:
            return Unicode.Scalar(first)!
        }
    }

    private mutating func hexQuad() throws(JSONParseError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard index < bytes.count else { throw error("unexpected end of input in \\u escape") }
            let byte = bytes[index]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw error("expected a hex digit in \\u escape, found \(describe(byte))")
            }
            value = value << 4 | UInt32(digit)
            index += 1
        }
        return value
    }

    private func hex(_ codeUnit: UInt32) -> String {
        let digits = String(codeUnit, radix: 16, uppercase: true)
        return String(repeating: "0", count: 4 - digits.count) + digits
    }
}

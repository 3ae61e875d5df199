/// Writes `JSONValue`s as compact JSON text: members in order, no whitespace.
///
/// The same value always gives the same bytes, which matters to anything that hashes what it writes.
public enum JSONWriter {
    /// Appends the compact form of `value` to `buffer`.
    ///
    /// Strings are written as by `writeString`. Doubles use Swift's shortest round-trip form, which always has
    /// a fraction or an exponent (`1.0`, `0.1`, `1e+16`), so they read back as doubles.
    /// - Precondition: every double in `value` is finite; `JSONValueEncoder` refuses NaN and infinity earlier.
    public static func write(_ value: JSONValue, into buffer: inout [UInt8]) {
        switch value {
        case .null:
            buffer.append(contentsOf: "null".utf8)
        case .bool(let bool):
            buffer.append(contentsOf: bool ? "true".utf8 : "false".utf8)
        case .int(let int):
            writeInteger(int, into: &buffer)
        case .double(let double):
            precondition(double.isFinite, "JSON has no representation for \(double)")
            buffer.append(contentsOf: double.description.utf8)
        case .string(let string):
            writeString(string, into: &buffer)
        case .array(let elements):
            buffer.append(UInt8(ascii: "["))
            for (position, element) in elements.enumerated() {
                if position > 0 { buffer.append(UInt8(ascii: ",")) }
                write(element, into: &buffer)
            }
            buffer.append(UInt8(ascii: "]"))
        case .object(let object):
            buffer.append(UInt8(ascii: "{"))
            for (position, member) in object.members.enumerated() {
                if position > 0 { buffer.append(UInt8(ascii: ",")) }
                writeString(member.key, into: &buffer)
                buffer.append(UInt8(ascii: ":"))
                write(member.value, into: &buffer)
            }
            buffer.append(UInt8(ascii: "}"))
        }
    }

    /// The compact form of `value`, as by `write(_:into:)`.
    public static func bytes(_ value: JSONValue) -> [UInt8] {
        var buffer: [UInt8] = []
        write(value, into: &buffer)
        return buffer
    }

    /// Appends `string` quoted and escaped.
    ///
    /// Escaped: `"` and `\`, the control characters U+0000-U+001F and U+007F (as `\n`, `\r`, `\t`, `\b`, `\f`
    /// where JSON has a short form, else `\u00XX` with lowercase hex), and U+2028/U+2029, which some JavaScript
    /// readers take for line ends. Everything else, `/` and æøå included, is written as raw UTF-8.
    public static func writeString(_ string: String, into buffer: inout [UInt8]) {
        var string = string
        buffer.append(UInt8(ascii: "\""))
        string.withUTF8 { utf8 in
            let bytes = UnsafeRawBufferPointer(utf8)
            var runStart = 0
            var index = 0
            while index < utf8.count {
                if index + 8 <= bytes.count {
                    let mask = attentionMask(ByteWord.load(bytes, at: index))
                    if mask == 0 {
                        index += 8
                        continue
                    }
                    index += ByteWord.firstMarked(mask)
                }
                let byte = utf8[index]
                let isLineSeparator = byte == 0xE2 && index + 2 < utf8.count && utf8[index + 1] == 0x80
                    && (utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9)
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == 0x7F
                    || isLineSeparator
                else {
                    index += 1
                    continue
                }
                buffer.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                if isLineSeparator {
                    buffer.append(contentsOf: (utf8[index + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8)
                    index += 3
                } else {
                    appendEscape(for: byte, into: &buffer)
                    index += 1
                }
                runStart = index
            }
            buffer.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
        }
        buffer.append(UInt8(ascii: "\""))
    }

    /// Marks the bytes `writeString` must look at: those it escapes, and 0xE2, which starts U+2028 and U+2029.
    private static func attentionMask(_ word: UInt64) -> UInt64 {
        ByteWord.marking(UInt8(ascii: "\""), in: word) | ByteWord.marking(UInt8(ascii: "\\"), in: word)
            | ByteWord.markingBelow(0x20, in: word) | ByteWord.marking(0x7F, in: word) | ByteWord.marking(0xE2, in: word)
    }

    private static func appendEscape(for byte: UInt8, into buffer: inout [UInt8]) {
        buffer.append(UInt8(ascii: "\\"))
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): buffer.append(byte)
        case UInt8(ascii: "\n"): buffer.append(UInt8(ascii: "n"))
        case UInt8(ascii: "\r"): buffer.append(UInt8(ascii: "r"))
        case UInt8(ascii: "\t"): buffer.append(UInt8(ascii: "t"))
        case 0x08: buffer.append(UInt8(ascii: "b"))
        case 0x0C: buffer.append(UInt8(ascii: "f"))
        default:
            buffer.append(contentsOf: "u00".utf8)
            buffer.append(lowercaseHexDigit(byte >> 4))
            buffer.append(lowercaseHexDigit(byte & 0xF))
        }
    }

    private static func lowercaseHexDigit(_ nibble: UInt8) -> UInt8 {
        nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "a") + nibble - 10
    }

    /// Appends the decimal digits of `value` without going through a `String`.
    private static func writeInteger(_ value: Int64, into buffer: inout [UInt8]) {
        if value < 0 { buffer.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        let firstDigit = buffer.count
        repeat {
            buffer.append(UInt8(ascii: "0") + UInt8(magnitude % 10))
            magnitude /= 10
        } while magnitude > 0
        buffer[firstDigit...].reverse()
    }
}

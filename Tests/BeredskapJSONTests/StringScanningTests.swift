import Foundation
import Testing
import BeredskapJSON

/// The reader and writer look at strings eight bytes at a time; these put the bytes that matter at every
/// position of a word and check the result against a plain one-scalar-at-a-time escaper.
@Suite("String scanning")
struct StringScanningTests {
    static let specials = ["\"", "\\", "\n", "\u{1}", "\u{1F}", "\u{7F}", "\u{2028}", "\u{2029}", "æ", "😀", "\u{2027}", " ", "~"]

    @Test(arguments: specials)
    func writesAndReadsASpecialCharacterAtEveryPosition(_ special: String) throws {
        for position in 0..<20 {
            let string = String(repeating: "a", count: position) + special + String(repeating: "b", count: 19 - position)
            let bytes = JSONWriter.bytes(.string(string))
            #expect(bytes == Array(naivelyEscaped(string).utf8), "at \(position)")
            #expect(try JSONReader.parse(bytes) == .string(string), "at \(position)")
        }
    }

    @Test func writesRandomStringsAsTheNaiveEscaperDoes() {
        var generator = SplitMix64(seed: 2028)
        let alphabet: [Unicode.Scalar] = ["a", "Z", " ", "/", "\"", "\\", "\u{0}", "\u{1F}", "\u{7F}", "\u{80}", "ø",
                                          "\u{2028}", "\u{2029}", "\u{2026}", "\u{E2}", "😀", "\u{10FFFF}"]
        for _ in 0..<3000 {
            var scalars = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0...40, using: &generator) {
                scalars.append(alphabet.randomElement(using: &generator)!)
            }
            let string = String(scalars)
            #expect(JSONWriter.bytes(.string(string)) == Array(naivelyEscaped(string).utf8))
        }
    }

    @Test func findsAControlCharacterAtEveryPosition() {
        for position in 0..<20 {
            let bytes = [UInt8(ascii: "\"")] + Array(repeating: UInt8(ascii: "a"), count: position) + [0x01, 0x22]
            #expect(parseError(bytes)?.offset == position + 1, "at \(position)")
        }
    }

    @Test func findsInvalidUTF8AtEveryPosition() {
        for position in 0..<20 {
            let bytes = [UInt8(ascii: "\"")] + Array(repeating: UInt8(ascii: "a"), count: position) + [0xFF, 0x22]
            #expect(parseError(bytes)?.offset == position + 1, "at \(position)")
        }
    }

    @Test func findsTheClosingQuoteAtEveryPosition() throws {
        for length in 0..<20 {
            let text = "[\"" + String(repeating: "x", count: length) + "\",1]"
            #expect(try JSONReader.parse(text) == [.string(String(repeating: "x", count: length)), 1])
        }
    }

    /// The escaping rules of `JSONWriter.writeString`, applied one scalar at a time.
    private func naivelyEscaped(_ string: String) -> String {
        var escaped = "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": escaped += "\\\""
            case "\\": escaped += "\\\\"
            case "\n": escaped += "\\n"
            case "\r": escaped += "\\r"
            case "\t": escaped += "\\t"
            case "\u{8}": escaped += "\\b"
            case "\u{C}": escaped += "\\f"
            case "\u{0}"..."\u{1F}", "\u{7F}", "\u{2028}", "\u{2029}": escaped += String(format: "\\u%04x", scalar.value)
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped + "\""
    }
}

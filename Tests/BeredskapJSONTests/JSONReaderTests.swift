import Foundation
import Testing
import BeredskapJSON

/// Bytes that must be refused, where, and a fragment of the reason.
struct Rejection: Sendable, CustomTestStringConvertible {
    let name: String
    let bytes: [UInt8]
    let offset: Int
    let message: String

    init(_ name: String, _ text: String, at offset: Int, _ message: String) {
        self.init(name, Array(text.utf8), at: offset, message)
    }

    init(_ name: String, _ bytes: [UInt8], at offset: Int, _ message: String) {
        self.name = name
        self.bytes = bytes
        self.offset = offset
        self.message = message
    }

    var testDescription: String { name }
}

private let quote = UInt8(ascii: "\"")

private let rejections: [Rejection] = [
    Rejection("empty input", "", at: 0, "unexpected end of input"),
    Rejection("only whitespace", "  \n", at: 3, "unexpected end of input"),
    Rejection("trailing comma in array", "[1,2,]", at: 5, "expected a value"),
    Rejection("trailing comma in object", #"{"a":1,}"#, at: 7, "to begin an object key"),
    Rejection("leading zero", "01", at: 0, "leading zeros"),
    Rejection("negative leading zero", "-01", at: 1, "leading zeros"),
    Rejection("leading zero in array", "[1,00]", at: 3, "leading zeros"),
    Rejection("raw control character", "\"a\u{1}b\"", at: 2, "unescaped control character"),
    Rejection("raw tab", "\"a\tb\"", at: 2, "unescaped control character"),
    Rejection("raw newline", "\"a\nb\"", at: 2, "unescaped control character"),
    Rejection("truncated UTF-8 at end of string", [quote, 0x61, 0xC3, quote], at: 2, "invalid UTF-8"),
    Rejection("truncated UTF-8 at end of input", [quote, 0xE2, 0x82], at: 1, "invalid UTF-8"),
    Rejection("overlong slash", [quote, 0xC0, 0xAF, quote], at: 1, "invalid UTF-8"),
    Rejection("overlong three-byte", [quote, 0xE0, 0x80, 0xAF, quote], at: 1, "invalid UTF-8"),
    Rejection("encoded surrogate", [quote, 0xED, 0xA0, 0x80, quote], at: 1, "invalid UTF-8"),
    Rejection("beyond U+10FFFF", [quote, 0xF4, 0x90, 0x80, 0x80, quote], at: 1, "invalid UTF-8"),
    Rejection("lone continuation byte", [quote, 0x61, 0x80, quote], at: 2, "invalid UTF-8"),
    Rejection("byte 0xFF", [quote, 0xFF, quote], at: 1, "invalid UTF-8"),
    Rejection("bad continuation in four-byte", [quote, 0xF0, 0x9F, 0x98, 0x41, quote], at: 1, "invalid UTF-8"),
    Rejection("lone high surrogate", #""\uD800""#, at: 1, "lone high surrogate"),
    Rejection("high surrogate then text", #""x\uD83Dabc""#, at: 2, "lone high surrogate"),
    Rejection("high surrogate then non-low escape", #""\uD83D\u0041""#, at: 1, "not followed by a low surrogate"),
    Rejection("lone low surrogate", #""ab\uDE00""#, at: 3, "lone low surrogate"),
    Rejection("lone last low surrogate", #""\uDFFF""#, at: 1, "lone low surrogate"),
    Rejection("bad hex digit", #""\u12G4""#, at: 5, "expected a hex digit"),
    Rejection("escape cut short", #""\u00"#, at: 5, "unexpected end of input"),
    Rejection("unknown escape", #""\x""#, at: 1, "invalid escape"),
    Rejection("unterminated string", #""abc"#, at: 4, "unexpected end of input in string"),
    Rejection("NaN", "NaN", at: 0, "expected a value"),
    Rejection("Infinity", "Infinity", at: 0, "expected a value"),
    Rejection("negative Infinity", "-Infinity", at: 1, "expected a digit"),
    Rejection("NaN in array", "[1,NaN]", at: 3, "expected a value"),
    Rejection("number beyond Double", "[1e400]", at: 1, "out of range"),
    Rejection("plus sign", "+1", at: 0, "expected a value"),
    Rejection("bare fraction", ".5", at: 0, "expected a value"),
    Rejection("fraction without digits", "1.", at: 2, "expected a digit after '.'"),
    Rejection("exponent without digits", "1e", at: 2, "expected a digit after exponent"),
    Rejection("signed exponent without digits", "1E+", at: 3, "expected a digit after exponent"),
    Rejection("hex number", "0x10", at: 1, "after the JSON value"),
    Rejection("missing colon", #"{"a" 1}"#, at: 5, "expected ':' after object key"),
    Rejection("missing comma in object", #"{"a":1 "b":2}"#, at: 7, "expected ',' or '}'"),
    Rejection("missing comma in array", "[1 2]", at: 3, "expected ',' or ']'"),
    Rejection("unquoted key", "{a:1}", at: 1, "to begin an object key"),
    Rejection("single-quoted string", "['a']", at: 1, "expected a value"),
    Rejection("truncated literal", "tru", at: 0, "expected 'true'"),
    Rejection("misspelt literal", "[nul]", at: 1, "expected 'null'"),
    Rejection("capitalised literal", "True", at: 0, "expected a value"),
    Rejection("second value", "1 2", at: 2, "after the JSON value"),
    Rejection("two objects", "{}{}", at: 2, "after the JSON value"),
    Rejection("unclosed array", "[1,2", at: 4, "expected ',' or ']'"),
    Rejection("unclosed object", #"{"a":1"#, at: 6, "expected ',' or '}'"),
    Rejection("form feed is not whitespace", "\u{C}1", at: 0, "expected a value"),
    Rejection("byte order mark", [0xEF, 0xBB, 0xBF, 0x7B, 0x7D], at: 0, "byte 0xEF"),
    Rejection("65 nested arrays", String(repeating: "[", count: 65) + String(repeating: "]", count: 65),
              at: 64, "nesting deeper than 64"),
    Rejection("65 nested objects", String(repeating: #"{"a":"#, count: 65) + "1" + String(repeating: "}", count: 65),
              at: 320, "nesting deeper than 64"),
]

@Suite("JSONReader")
struct JSONReaderTests {
    @Test(arguments: rejections)
    func rejects(_ rejection: Rejection) {
        #expect(throws: JSONParseError.self) { try JSONReader.parse(rejection.bytes) }
        let error = parseError(rejection.bytes)
        #expect(error?.offset == rejection.offset)
        #expect(error?.message.contains(rejection.message) == true, "message: \(error?.message ?? "none")")
    }

    @Test func describesTheErrorWithItsPosition() {
        let error = parseError(Array(#"{"key" 1}"#.utf8))
        #expect(error == JSONParseError(offset: 7, message: "expected ':' after object key"))
        #expect(error?.description == "expected ':' after object key at byte 7")
    }

    @Test func acceptsSixtyFourLevelsOfNesting() throws {
        let arrays = String(repeating: "[", count: 64) + String(repeating: "]", count: 64)
        var value = try JSONReader.parse(arrays)
        var depth = 0
        while let elements = value.arrayValue {
            depth += 1
            value = elements.first ?? .null
        }
        #expect(depth == 64)
        let objects = String(repeating: #"{"a":"#, count: 63) + "[]" + String(repeating: "}", count: 63)
        #expect(throws: Never.self) { try JSONReader.parse(objects) }
    }

    @Test func parsesEveryKindOfValue() throws {
        let text = " \t\r\n{ \"s\" : \"text\" , \"i\":-42,\"d\":2.5e-3,\"t\":true,\"f\":false,\"n\":null,"
            + "\"a\":[ 1 , [ ] , { } ],\"o\":{\"x\":0}} \n"
        let expected: JSONValue = [
            "s": "text", "i": -42, "d": 0.0025, "t": true, "f": false, "n": .null,
            "a": [1, [], [:]], "o": ["x": 0],
        ]
        #expect(try JSONReader.parse(text) == expected)
    }

    @Test func keepsMembersInWrittenOrderAndDuplicateKeys() throws {
        let object = try #require(try JSONReader.parse(#"{"z":1,"a":2,"z":3}"#).objectValue)
        #expect(object.members.map(\.key) == ["z", "a", "z"])
        #expect(object["z"] == 1)
        #expect(object["missing"] == nil)
    }

    @Test(arguments: [
        ("0", JSONValue.int(0)), ("-0", .int(0)), ("7", .int(7)), ("-123", .int(-123)),
        ("9223372036854775807", .int(.max)), ("-9223372036854775808", .int(.min)),
        ("9223372036854775808", .double(9_223_372_036_854_775_808.0)),
        ("-9223372036854775809", .double(-9_223_372_036_854_775_809.0)),
        ("123456789012345678901234567890", .double(1.2345678901234568e29)),
        ("1.5", .double(1.5)), ("-0.25", .double(-0.25)), ("1E2", .double(100)), ("1e-2", .double(0.01)),
        ("2.0", .double(2)), ("0e0", .double(0)), ("1e-400", .double(0)),
        ("1.7976931348623157e308", .double(.greatestFiniteMagnitude)),
    ])
    func parsesNumbers(_ text: String, _ expected: JSONValue) throws {
        #expect(try JSONReader.parse(text) == expected)
    }

    @Test func keepsTheSignOfNegativeZeroDouble() throws {
        let value = try #require(try JSONReader.parse("-0.0").doubleValue)
        #expect(value == 0 && value.sign == .minus)
    }

    @Test func decodesEscapes() throws {
        let text = #""\"\\\/\b\f\n\r\t\u00e6\u00D8\u0000\uD83D\uDE00\u2028""#
        #expect(try JSONReader.parse(text) == .string("\"\\/\u{8}\u{C}\n\r\t\u{E6}\u{D8}\u{0}😀\u{2028}"))
    }

    @Test func acceptsRawUTF8AndDelete() throws {
        #expect(try JSONReader.parse("\"æøå ÆØÅ 😀 \u{7F} \u{10FFFF}\"") == .string("æøå ÆØÅ 😀 \u{7F} \u{10FFFF}"))
    }

    @Test func parsesFromEveryKindOfInput() throws {
        let expected: JSONValue = ["a": [1, "ø"]]
        let text = #"{"a":[1,"ø"]}"#
        let bytes = Array(text.utf8)
        #expect(try JSONReader.parse(text) == expected)
        #expect(try JSONReader.parse(bytes) == expected)
        #expect(try JSONReader.parse(Data(bytes)) == expected)
        #expect(try JSONReader.parse(bytes.lazy.map { $0 }) == expected)
        #expect(try bytes.withUnsafeBytes { buffer in try JSONReader.parse(buffer) } == expected)
        let line = Array(("garbage\n" + text + "\n").utf8)
        #expect(try JSONReader.parse(line[8..<(8 + bytes.count)]) == expected)
    }

    @Test func countsOffsetsFromTheStartOfASlice() {
        let bytes = Array("xxxx[1,]".utf8)
        #expect(parseError(bytes[4...])?.offset == 3)
    }

    @Test func neverCrashesOnMutatedInput() {
        var generator = SplitMix64(seed: 0xBE4ED5CA)
        let valid = Array(#"{"seq":12,"at":"2024-02-29T12:00:00.000Z","text":"æ\u00f8\n","list":[1.5,-2,true,null]}"#.utf8)
        let interesting: [UInt8] = [0x00, 0x1F, 0x22, 0x5C, 0x2C, 0x3A, 0x5B, 0x5D, 0x7B, 0x7D, 0x80, 0xC3, 0xED, 0xFF]
        for _ in 0..<5000 {
            var bytes = valid
            for _ in 0..<Int.random(in: 1...3, using: &generator) {
                let position = Int.random(in: 0..<bytes.count, using: &generator)
                switch Int.random(in: 0..<3, using: &generator) {
                case 0: bytes[position] = interesting.randomElement(using: &generator)!
                case 1: bytes.remove(at: position)
                default: bytes.insert(UInt8.random(in: 0...255, using: &generator), at: position)
                }
            }
            if let error = parseError(bytes) {
                #expect((0...bytes.count).contains(error.offset))
            }
        }
    }
}

func parseError(_ bytes: some Collection<UInt8>) -> JSONParseError? {
    do {
        _ = try JSONReader.parse(bytes)
        return nil
    } catch {
        return error
    }
}

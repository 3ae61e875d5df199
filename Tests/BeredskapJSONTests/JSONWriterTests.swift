import Testing
import BeredskapJSON

@Suite("JSONWriter")
struct JSONWriterTests {
    @Test func writesCompactlyWithMembersInOrder() {
        let value: JSONValue = [
            "z": 1, "a": [true, false, .null], "m": ["nested": "ø", "empty": [:]], "e": [], "d": -2.5,
        ]
        #expect(text(value) == #"{"z":1,"a":[true,false,null],"m":{"nested":"ø","empty":{}},"e":[],"d":-2.5}"#)
    }

    @Test(arguments: [
        (JSONValue.int(0), "0"), (.int(-7), "-7"), (.int(.max), "9223372036854775807"),
        (.int(.min), "-9223372036854775808"),
        (.double(1), "1.0"), (.double(-0.0), "-0.0"), (.double(0.1), "0.1"), (.double(1e16), "1e+16"),
        (.double(1e15), "1000000000000000.0"), (.double(.leastNonzeroMagnitude), "5e-324"), (.double(-1.5e-7), "-1.5e-07"),
        (.double(.greatestFiniteMagnitude), "1.7976931348623157e+308"),
    ])
    func writesNumbers(_ value: JSONValue, _ expected: String) {
        #expect(text(value) == expected)
    }

    @Test func escapesQuotesBackslashesAndControlCharacters() {
        let string = "\"\\\n\r\t\u{8}\u{C}\u{0}\u{1}\u{1B}\u{1F}\u{7F}"
        #expect(text(.string(string)) == #""\"\\\n\r\t\b\f\u0000\u0001\u001b\u001f\u007f""#)
    }

    @Test func escapesLineAndParagraphSeparators() {
        #expect(text(.string("a\u{2028}b\u{2029}c")) == #""a\u2028b\u2029c""#)
    }

    @Test func writesOtherCharactersRaw() {
        let string = "æøå ÆØÅ / 😀 \u{2027}\u{202A} \u{10FFFF} e\u{301}"
        #expect(text(.string(string)) == "\"" + string + "\"")
    }

    @Test func escapesKeysLikeValues() {
        #expect(text(["line\nbreak": "x"]) == #"{"line\nbreak":"x"}"#)
    }

    @Test func writeStringAppendsToWhatIsThere() {
        var buffer = Array("prefix:".utf8)
        JSONWriter.writeString("ø\"", into: &buffer)
        #expect(String(decoding: buffer, as: UTF8.self) == #"prefix:"ø\"""#)
    }

    @Test func writeAppendsToWhatIsThere() {
        var buffer = Array("[".utf8)
        JSONWriter.write(["k": 1], into: &buffer)
        #expect(String(decoding: buffer, as: UTF8.self) == #"[{"k":1}"#)
    }

    private func text(_ value: JSONValue) -> String {
        String(decoding: JSONWriter.bytes(value), as: UTF8.self)
    }
}

import BeredskapJSON
import Testing

/// Reading an object member by member gives what parsing it whole gives, and refuses what parsing refuses.
@Suite struct JSONMemberReaderTests {
    private func members(_ text: String) throws -> [(String, JSONValue)] {
        var text = text
        return try text.withUTF8 { utf8 in
            var reader = try JSONMemberReader(UnsafeRawBufferPointer(utf8))
            var members: [(String, JSONValue)] = []
            while let key = try reader.nextKey() {
                #expect(try reader.nextKey() == key, "asking again gives the same key")
                members.append((key, try reader.value()))
            }
            try reader.finish()
            return members
        }
    }

    @Test func membersComeInWrittenOrderAsParsingGivesThem() throws {
        let text = #" { "a" : 1, "b":[true,null,{"c":"d"}], "a":"twice" , "e":{} } "#
        let read = try members(text)
        let parsed = try #require(try JSONReader.parse(text).objectValue)
        #expect(read.map(\.0) == ["a", "b", "a", "e"])
        #expect(read.map(\.1) == parsed.members.map(\.value))
        #expect(try members("{}").isEmpty)
        #expect(throws: JSONParseError.self, "an array is not an object") { try members("[1]") }
    }

    @Test func aStringIsLentAsStoredAndAsDecoded() throws {
        var text = #"{"plain":"abc","escaped":"a\u00e6\n","number":5}"#
        try text.withUTF8 { utf8 in
            var reader = try JSONMemberReader(UnsafeRawBufferPointer(utf8))
            func pair(_ stored: UnsafeRawBufferPointer, _ decoded: UnsafeRawBufferPointer) -> [String] {
                [String(decoding: stored, as: UTF8.self), String(decoding: decoded, as: UTF8.self)]
            }
            #expect(try reader.nextKey() == "plain")
            #expect(try reader.string(pair) == ["abc", "abc"])
            #expect(try reader.nextKey() == "escaped")
            #expect(try reader.string(pair) == [#"a\u00e6\n"#, "aæ\n"])
            #expect(try reader.nextKey() == "number")
            #expect(try reader.string(pair) == nil, "not a string, and read past")
            try reader.finish()
        }
    }

    @Test func aKeyIsComparedInPlaceAndLeftWhenItIsAnother() throws {
        var text = #"{"seq":1,"\u0070rev":2,"at":3}"#
        try text.withUTF8 { utf8 in
            var reader = try JSONMemberReader(UnsafeRawBufferPointer(utf8))
            #expect(try reader.nextKey(is: "seq") && reader.nextKey(is: "seq"), "matched, and still next")
            #expect(try reader.value() == .int(1))
            #expect(try !reader.nextKey(is: "at"))
            #expect(try reader.nextKey(is: "prev"), "an escaped key is compared decoded")
            #expect(try reader.value() == .int(2))
            #expect(try !reader.nextKey(is: "seq") && reader.nextKey() == "at", "a key that is not the one asked is left")
            #expect(try reader.value() == .int(3))
            #expect(try !reader.nextKey(is: "at"))
            try reader.finish()
        }
    }

    @Test(arguments: [#"{"a":1,}"#, #"{"a" 1}"#, #"{"a":1 "b":2}"#, #"{"a":01}"#, #"{"a":1} x"#, #"{"a":"\ud800"}"#, "{\"a\":\"\u{01}\"}"])
    func whatParsingRefusesIsRefused(text: String) {
        #expect(throws: JSONParseError.self) { try members(text) }
        #expect(throws: JSONParseError.self) { try JSONReader.parse(text) }
    }
}

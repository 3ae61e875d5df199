import Testing
import BeredskapJSON

@Suite("Write then parse")
struct JSONRoundTripTests {
    @Test(arguments: [
        "", "plain ascii", "æøå ÆØÅ", "emoji 😀👩‍👩‍👧 flags 🇳🇴", "controls \u{0}\u{1}\u{8}\u{9}\u{A}\u{C}\u{D}\u{1F}\u{7F}",
        "separators \u{2028} \u{2029}", "quotes \" and \\ and / and \\u0041", "\u{10FFFF}\u{FFFF}\u{E000}",
        String(repeating: "long string with ø ", count: 200),
    ])
    func stringsSurvive(_ string: String) throws {
        let value: JSONValue = [string: .string(string)]
        #expect(try JSONReader.parse(JSONWriter.bytes(value)) == value)
    }

    @Test func surrogatePairEscapesReadAsTheScalarTheyEncode() throws {
        let parsed = try JSONReader.parse(#"["\uD83D\uDE00","\uD834\uDD1E","\uDBFF\uDFFF"]"#)
        #expect(parsed == ["😀", "𝄞", "\u{10FFFF}"])
        #expect(JSONWriter.bytes(parsed) == Array(#"["😀","𝄞","\#u{10FFFF}"]"#.utf8))
    }

    @Test func canonicalTextIsWrittenBackByteForByte() throws {
        let line = #"{"v":1,"seq":42,"at":"2024-02-29T12:34:56.789Z","prev":"ab12","e":{"type":"opened","#
            + #""by":"Kari Nordmann","note":"EPJ nede\nring 113?","level":"rød","n":[1,-2,3.5,1e-07]},"h":"ff"}"#
        #expect(JSONWriter.bytes(try JSONReader.parse(line)) == Array(line.utf8))
    }

    @Test func randomValuesSurvive() throws {
        var generator = SplitMix64(seed: 20_240_229)
        for _ in 0..<3000 {
            let value = randomValue(depth: 0, using: &generator)
            let bytes = JSONWriter.bytes(value)
            let parsed = try JSONReader.parse(bytes)
            #expect(parsed == value, "\(String(decoding: bytes, as: UTF8.self))")
            #expect(JSONWriter.bytes(parsed) == bytes)
        }
    }

    private func randomValue(depth: Int, using generator: inout SplitMix64) -> JSONValue {
        let kinds = depth >= 4 ? 5 : 7
        switch Int.random(in: 0..<kinds, using: &generator) {
        case 0: return .null
        case 1: return .bool(Bool.random(using: &generator))
        case 2: return .int(randomInteger(using: &generator))
        case 3: return .double(randomDouble(using: &generator))
        case 4: return .string(randomString(using: &generator))
        case 5:
            return .array((0..<Int.random(in: 0...5, using: &generator)).map { _ in
                randomValue(depth: depth + 1, using: &generator)
            })
        default:
            var object = JSONObject()
            for _ in 0..<Int.random(in: 0...6, using: &generator) {
                object.append(randomString(using: &generator), randomValue(depth: depth + 1, using: &generator))
            }
            return .object(object)
        }
    }

    private func randomInteger(using generator: inout SplitMix64) -> Int64 {
        switch Int.random(in: 0..<3, using: &generator) {
        case 0: Int64.random(in: -1000...1000, using: &generator)
        case 1: [Int64.min, .max, 0, -1][Int.random(in: 0..<4, using: &generator)]
        default: Int64(bitPattern: generator.next())
        }
    }

    private func randomDouble(using generator: inout SplitMix64) -> Double {
        switch Int.random(in: 0..<3, using: &generator) {
        case 0:
            return Double(Int.random(in: -100_000...100_000, using: &generator)) / 100
        case 1:
            return Double.random(in: -1e6...1e6, using: &generator)
        default:
            while true {
                let double = Double(bitPattern: generator.next())
                if double.isFinite { return double }
            }
        }
    }

    private func randomString(using generator: inout SplitMix64) -> String {
        let pools: [ClosedRange<UInt32>] = [
            0x20...0x7E, 0x20...0x7E, 0x00...0x1F, 0x7F...0x7F, 0xC0...0x17F, 0x2028...0x2029, 0xE5...0xF8,
            0x800...0xD7FF, 0xE000...0xFFFF, 0x1F600...0x1F64F, 0x10000...0x10FFFF,
        ]
        var scalars = String.UnicodeScalarView()
        for _ in 0..<Int.random(in: 0...12, using: &generator) {
            let pool = pools[Int.random(in: 0..<pools.count, using: &generator)]
            scalars.append(Unicode.Scalar(UInt32.random(in: pool, using: &generator))!)
        }
        return String(scalars)
    }
}

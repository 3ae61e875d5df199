import Foundation
import Testing
import BeredskapJSON

/// Errors must say which field is wrong: the coding path is what a message to a person is built from.
@Suite("Decoding and encoding errors")
struct CodingErrorTests {
    let decoder = JSONValueDecoder()
    let encoder = JSONValueEncoder()

    struct Order: Codable {
        var items: [Item]
    }

    struct Stamped: Codable {
        var when: Date
        var level: Level
        var small: Int8
    }

    @Test func wrongTypeDeepInside() throws {
        let value: JSONValue = ["items": [["name": "a", "count": 1], ["name": "b", "count": 2], ["name": 3, "count": 3]]]
        let error = try decodingError(Order.self, from: value)
        guard case .typeMismatch(let type, let context) = error else {
            Issue.record("expected typeMismatch, got \(error)")
            return
        }
        #expect(type is String.Type)
        #expect(path(context.codingPath) == ["items", "2", "name"])
        #expect(context.codingPath[1].intValue == 2)
        #expect(context.debugDescription == "expected a string, found a number")
    }

    @Test func missingKey() throws {
        let error = try decodingError(Order.self, from: ["items": [["name": "a", "count": 1], ["count": 2]]])
        guard case .keyNotFound(let key, let context) = error else {
            Issue.record("expected keyNotFound, got \(error)")
            return
        }
        #expect(key.stringValue == "name")
        #expect(path(context.codingPath) == ["items", "1"])
    }

    @Test func nullForANonOptional() throws {
        let error = try decodingError(Order.self, from: ["items": [["name": .null, "count": 1]]])
        guard case .valueNotFound(let type, let context) = error else {
            Issue.record("expected valueNotFound, got \(error)")
            return
        }
        #expect(type is String.Type)
        #expect(path(context.codingPath) == ["items", "0", "name"])
    }

    @Test func containerOfTheWrongKind() throws {
        let error = try decodingError(Order.self, from: ["items": ["name": "a"]])
        guard case .typeMismatch(_, let context) = error else {
            Issue.record("expected typeMismatch, got \(error)")
            return
        }
        #expect(path(context.codingPath) == ["items"])
        #expect(context.debugDescription == "expected an array, found an object")
    }

    static let corruptions: [(value: JSONValue, path: [String], message: String)] = [
        (["when": "2023-02-29T00:00:00.000Z", "level": "red", "small": 1], ["when"], "timestamp"),
        (["when": "2024-02-29T00:00:00.000Z", "level": "purple", "small": 1], ["level"], ""),
        (["when": "2024-02-29T00:00:00.000Z", "level": "red", "small": 300], ["small"], "does not fit in Int8"),
        (["when": "2024-02-29T00:00:00.000Z", "level": "red", "small": 1.5], ["small"], "not a whole number"),
    ]

    @Test(arguments: corruptions)
    func corruptedValues(_ value: JSONValue, _ expectedPath: [String], _ message: String) throws {
        let error = try decodingError(Stamped.self, from: value)
        guard case .dataCorrupted(let context) = error else {
            Issue.record("expected dataCorrupted, got \(error)")
            return
        }
        #expect(path(context.codingPath) == expectedPath)
        #expect(message.isEmpty || context.debugDescription.contains(message), "\(context.debugDescription)")
    }

    @Test func readingPastTheEndOfAnArray() throws {
        struct Pair: Decodable {
            var first: Int
            var second: Int
            init(from decoder: any Decoder) throws {
                var container = try decoder.unkeyedContainer()
                first = try container.decode(Int.self)
                second = try container.decode(Int.self)
            }
        }
        let error = try decodingError(Pair.self, from: [7])
        guard case .valueNotFound(_, let context) = error else {
            Issue.record("expected valueNotFound, got \(error)")
            return
        }
        #expect(path(context.codingPath) == ["1"])
    }

    @Test func nonFiniteDoublesAreRefusedWithTheirPath() {
        struct Readings: Encodable {
            var values: [Double]
        }
        for bad in [Double.nan, .infinity, -.infinity] {
            let error = encodingError(Readings(values: [1, bad]))
            guard case .invalidValue(_, let context) = error else {
                Issue.record("expected invalidValue, got \(String(describing: error))")
                continue
            }
            #expect(path(context.codingPath) == ["values", "1"])
        }
    }

    @Test func unsignedBeyondInt64IsRefused() {
        struct Counter: Encodable {
            var value: UInt64
        }
        guard case .invalidValue(_, let context) = encodingError(Counter(value: .max)) else {
            Issue.record("expected invalidValue")
            return
        }
        #expect(path(context.codingPath) == ["value"])
        #expect(throws: Never.self) { try encoder.encode(Counter(value: UInt64(Int64.max))) }
    }

    private func decodingError<T: Decodable>(_ type: T.Type, from value: JSONValue) throws -> DecodingError {
        do {
            _ = try decoder.decode(type, from: value)
        } catch let error as DecodingError {
            return error
        }
        Issue.record("decoding succeeded")
        throw CancellationError()
    }

    private func encodingError(_ value: some Encodable) -> EncodingError? {
        do {
            _ = try encoder.encode(value)
            return nil
        } catch {
            return error as? EncodingError
        }
    }

    /// Array positions as their number, keys as their name.
    private func path(_ codingPath: [any CodingKey]) -> [String] {
        codingPath.map { key in key.intValue.map(String.init) ?? key.stringValue }
    }
}

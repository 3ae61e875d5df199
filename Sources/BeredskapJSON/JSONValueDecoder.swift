import Foundation

/// Decodes `Decodable` types from a `JSONValue`.
///
/// - `Date` is read from a `Timestamp` string, `Data` from base64, `URL` from its string.
/// - Integers accept a whole-valued double (`3.0`); `Double` and `Float` accept integers.
/// - A missing member decodes as `nil` for an optional; unknown members are ignored.
/// - Errors are `DecodingError`s whose `codingPath` leads to the offending value.
public struct JSONValueDecoder: Sendable {
    public init() {}

    /// Decodes a `T` from `value`.
    public func decode<T: Decodable>(_ type: T.Type, from value: JSONValue) throws -> T {
        try ValueDecoder.decode(type, from: value, at: .root)
    }
}

/// The `Decoder` handed to `init(from:)`: one value and where it is.
struct ValueDecoder: Decoder {
    let value: JSONValue
    let path: CodingPath

    var codingPath: [any CodingKey] { path.keys }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .object(let object) = value else {
            throw ConversionFailure.mismatch(expected: "an object", found: value)
                .decodingError(JSONObject.self, codingPath: codingPath)
        }
        return KeyedDecodingContainer(JSONKeyedDecodingContainer(object: object, path: path))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard case .array(let elements) = value else {
            throw ConversionFailure.mismatch(expected: "an array", found: value)
                .decodingError([JSONValue].self, codingPath: codingPath)
        }
        return JSONUnkeyedDecodingContainer(elements: elements, path: path)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        JSONSingleValueDecodingContainer(value: value, path: path)
    }

    /// Decodes a `T` from `value`, which sits at `path`; the path is only built when it is needed.
    static func decode<T: Decodable>(
        _ type: T.Type, from value: JSONValue, at path: @autoclosure () -> CodingPath
    ) throws -> T {
        do throws(ConversionFailure) {
            if let decoded = try directly(type, from: value) { return decoded }
        } catch {
            throw error.decodingError(type, codingPath: path().keys)
        }
        return try T(from: ValueDecoder(value: value, path: path()))
    }

    /// Converts the types JSON has no form of its own for, and the scalars that generic code such as
    /// `Array.init(from:)` asks for, without a decoder and container. Comparing metatypes is much cheaper than
    /// asking the runtime whether `T` conforms to `JSONScalar`; rarer scalars take the general path.
    private static func directly<T: Decodable>(_ type: T.Type, from value: JSONValue) throws(ConversionFailure) -> T? {
        if type == String.self { return try String(unboxing: value) as? T }
        if type == Int.self { return try Int(unboxing: value) as? T }
        if type == Int64.self { return try Int64(unboxing: value) as? T }
        if type == Double.self { return try Double(unboxing: value) as? T }
        if type == Bool.self { return try Bool(unboxing: value) as? T }
        if type == Date.self {
            let text = try String(unboxing: value)
            guard let date = Timestamp.parse(text) else {
                throw .corrupted("expected a timestamp like 2024-02-29T13:45:00.000Z, found \"\(text)\"")
            }
            return date as? T
        }
        if type == Data.self {
            guard let data = Data(base64Encoded: try String(unboxing: value)) else {
                throw .corrupted("expected base64-encoded data")
            }
            return data as? T
        }
        if type == URL.self {
            let text = try String(unboxing: value)
            guard let url = URL(string: text) else { throw .corrupted("expected a URL, found \"\(text)\"") }
            return url as? T
        }
        return nil
    }
}

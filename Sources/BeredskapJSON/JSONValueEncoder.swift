import Foundation

/// Encodes `Encodable` types as a `JSONValue`.
///
/// - `Date` becomes a `Timestamp` string (floored to milliseconds), `Data` base64, `URL` its absolute string.
/// - Optionals that are `nil` are left out of objects (`encodeIfPresent`), not written as null.
/// - Members keep the order `encode(to:)` writes them in; encoding a key twice keeps the first position and the
///   last value.
/// - A value that encodes nothing becomes an empty object.
/// - NaN, infinity and unsigned integers above `Int64.max` throw `EncodingError.invalidValue` naming the path.
public struct JSONValueEncoder: Sendable {
    public init() {}

    /// The JSON form of `value`.
    public func encode<T: Encodable>(_ value: T) throws -> JSONValue {
        try ValueEncoder.box(value, at: .root)
    }
}

/// The `Encoder` handed to `encode(to:)`: writes into one node of the tree being built.
struct ValueEncoder: Encoder {
    let node: EncodingNode
    let path: CodingPath

    var codingPath: [any CodingKey] { path.keys }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        node.becomeObject()
        return KeyedEncodingContainer(JSONKeyedEncodingContainer(node: node, path: path))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        node.becomeArray()
        return JSONUnkeyedEncodingContainer(node: node, path: path)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        JSONSingleValueEncodingContainer(node: node, path: path)
    }

    /// The JSON form of `value`, which sits at `path`. Types JSON has no form of its own for, and scalars, are
    /// converted here directly instead of through `encode(to:)` and a container.
    static func box<T: Encodable>(_ value: T, at path: CodingPath) throws -> JSONValue {
        if let scalar = value as? any JSONScalar {
            do throws(ConversionFailure) {
                return try scalar.boxed()
            } catch {
                throw error.encodingError(value, codingPath: path.keys)
            }
        }
        if let date = value as? Date { return .string(Timestamp.format(date)) }
        if let data = value as? Data { return .string(data.base64EncodedString()) }
        if let url = value as? URL { return .string(url.absoluteString) }
        let node = EncodingNode()
        try value.encode(to: ValueEncoder(node: node, path: path))
        return node.value
    }
}

/// Reads the members of one object. Lookup is a linear search by `stringValue`: objects are small, and building
/// a dictionary per object would cost more than it saves.
struct JSONKeyedDecodingContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let object: JSONObject
    let path: CodingPath

    var codingPath: [any CodingKey] { path.keys }
    var allKeys: [Key] { object.members.compactMap { Key(stringValue: $0.key) } }

    func contains(_ key: Key) -> Bool {
        object[key.stringValue] != nil
    }

    func decodeNil(forKey key: Key) throws -> Bool {
        try value(for: key) == .null
    }

    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try scalar(value(for: key), key) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try scalar(value(for: key), key) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try scalar(value(for: key), key) }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try scalar(value(for: key), key) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try scalar(value(for: key), key) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try scalar(value(for: key), key) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try scalar(value(for: key), key) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try scalar(value(for: key), key) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try scalar(value(for: key), key) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try scalar(value(for: key), key) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try scalar(value(for: key), key) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try scalar(value(for: key), key) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try scalar(value(for: key), key) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try scalar(value(for: key), key) }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try ValueDecoder.decode(type, from: value(for: key), at: path.appending(key))
    }

    // The protocol's own `decodeIfPresent` looks the key up three times (contains, decodeNil, decode); these
    // look once. Missing and null both mean nil.

    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? { try scalarIfPresent(key) }
    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? { try scalarIfPresent(key) }
    func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? { try scalarIfPresent(key) }
    func decodeIfPresent(_ type: Float.Type, forKey key: Key) throws -> Float? { try scalarIfPresent(key) }
    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? { try scalarIfPresent(key) }
    func decodeIfPresent(_ type: Int8.Type, forKey key: Key) throws -> Int8? { try scalarIfPresent(key) }
    func decodeIfPresent(_ type: Int16.Type, forKey key: Key) throws -> Int16? { try scalarIfPresent(key) }
    func decodeIfPresent(_ type: Int32.Type, forKey key: Key) throws -> Int32? { try scalarIfPresent(key) }
    func decodeIfPresent(_ type: Int64.Type, forKey key: Key) throws -> Int64? { try scalarIfPresent(key) }
    func decodeIfPresent(_ type: UInt.Type, forKey key: Key) throws -> UInt? { try scalarIfPresent(key) }
    func decodeIfPresent(_ type: UInt8.Type, forKey key: Key) throws -> UInt8? { try scalarIfPresent(key) }
    func decodeIfPresent(_ type: UInt16.Type, forKey key: Key) throws -> UInt16? { try scalarIfPresent(key) }
    func decodeIfPresent(_ type: UInt32.Type, forKey key: Key) throws -> UInt32? { try scalarIfPresent(key) }
    func decodeIfPresent(_ type: UInt64.Type, forKey key: Key) throws -> UInt64? { try scalarIfPresent(key) }

    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        guard let value = presentValue(for: key) else { return nil }
        return try ValueDecoder.decode(type, from: value, at: path.appending(key))
    }

    func nestedContainer<NestedKey: CodingKey>(
        keyedBy type: NestedKey.Type, forKey key: Key
    ) throws -> KeyedDecodingContainer<NestedKey> {
        try ValueDecoder(value: value(for: key), path: path.appending(key)).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try ValueDecoder(value: value(for: key), path: path.appending(key)).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder {
        ValueDecoder(value: object[JSONCodingKey.super.stringValue] ?? .null, path: path.appending(JSONCodingKey.super))
    }

    func superDecoder(forKey key: Key) throws -> any Decoder {
        ValueDecoder(value: object[key.stringValue] ?? .null, path: path.appending(key))
    }

    private func value(for key: Key) throws -> JSONValue {
        guard let value = object[key.stringValue] else {
            throw DecodingError.keyNotFound(
                key, DecodingError.Context(codingPath: codingPath, debugDescription: "no member \"\(key.stringValue)\""))
        }
        return value
    }

    /// The member's value unless it is missing or null.
    private func presentValue(for key: Key) -> JSONValue? {
        switch object[key.stringValue] {
        case nil, .null: nil
        case let value: value
        }
    }

    private func scalarIfPresent<T: JSONScalar>(_ key: Key) throws -> T? {
        guard let value = presentValue(for: key) else { return nil }
        return try scalar(value, key)
    }

    private func scalar<T: JSONScalar>(_ value: JSONValue, _ key: Key) throws -> T {
        do throws(ConversionFailure) {
            return try T(unboxing: value)
        } catch {
            throw error.decodingError(T.self, codingPath: path.appending(key).keys)
        }
    }
}

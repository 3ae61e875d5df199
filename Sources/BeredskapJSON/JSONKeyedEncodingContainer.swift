/// Writes the members of one object.
struct JSONKeyedEncodingContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let node: EncodingNode
    let path: CodingPath

    var codingPath: [any CodingKey] { path.keys }

    mutating func encodeNil(forKey key: Key) throws {
        node.set(.value(.null), forKey: key.stringValue)
    }

    mutating func encode(_ value: Bool, forKey key: Key) throws { try scalar(value, key) }
    mutating func encode(_ value: String, forKey key: Key) throws { try scalar(value, key) }
    mutating func encode(_ value: Double, forKey key: Key) throws { try scalar(value, key) }
    mutating func encode(_ value: Float, forKey key: Key) throws { try scalar(value, key) }
    mutating func encode(_ value: Int, forKey key: Key) throws { try scalar(value, key) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { try scalar(value, key) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { try scalar(value, key) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { try scalar(value, key) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { try scalar(value, key) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { try scalar(value, key) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { try scalar(value, key) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { try scalar(value, key) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { try scalar(value, key) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { try scalar(value, key) }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        node.set(.value(try ValueEncoder.box(value, at: path.appending(key))), forKey: key.stringValue)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        childEncoder(key).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        childEncoder(key).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        childEncoder(JSONCodingKey.super)
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        childEncoder(key)
    }

    /// An encoder for a member whose value will be written later, through what it hands out.
    private func childEncoder(_ key: some CodingKey) -> ValueEncoder {
        let child = EncodingNode()
        node.set(.node(child), forKey: key.stringValue)
        return ValueEncoder(node: child, path: path.appending(key))
    }

    private func scalar(_ value: some JSONScalar, _ key: Key) throws {
        do throws(ConversionFailure) {
            node.set(.value(try value.boxed()), forKey: key.stringValue)
        } catch {
            throw error.encodingError(value, codingPath: path.appending(key).keys)
        }
    }
}

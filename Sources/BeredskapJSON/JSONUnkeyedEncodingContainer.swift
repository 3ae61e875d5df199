/// Writes the elements of one array in order.
struct JSONUnkeyedEncodingContainer: UnkeyedEncodingContainer {
    let node: EncodingNode
    let path: CodingPath

    var codingPath: [any CodingKey] { path.keys }
    var count: Int { node.count }

    mutating func encodeNil() throws {
        node.append(.value(.null))
    }

    mutating func encode(_ value: Bool) throws { try scalar(value) }
    mutating func encode(_ value: String) throws { try scalar(value) }
    mutating func encode(_ value: Double) throws { try scalar(value) }
    mutating func encode(_ value: Float) throws { try scalar(value) }
    mutating func encode(_ value: Int) throws { try scalar(value) }
    mutating func encode(_ value: Int8) throws { try scalar(value) }
    mutating func encode(_ value: Int16) throws { try scalar(value) }
    mutating func encode(_ value: Int32) throws { try scalar(value) }
    mutating func encode(_ value: Int64) throws { try scalar(value) }
    mutating func encode(_ value: UInt) throws { try scalar(value) }
    mutating func encode(_ value: UInt8) throws { try scalar(value) }
    mutating func encode(_ value: UInt16) throws { try scalar(value) }
    mutating func encode(_ value: UInt32) throws { try scalar(value) }
    mutating func encode(_ value: UInt64) throws { try scalar(value) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        node.append(.value(try ValueEncoder.box(value, at: path.appending(index: count))))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type
    ) -> KeyedEncodingContainer<NestedKey> {
        childEncoder().container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        childEncoder().unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        childEncoder()
    }

    /// An encoder for an element whose value will be written later, through what it hands out.
    private func childEncoder() -> ValueEncoder {
        let child = EncodingNode()
        let index = count
        node.append(.node(child))
        return ValueEncoder(node: child, path: path.appending(index: index))
    }

    private func scalar(_ value: some JSONScalar) throws {
        do throws(ConversionFailure) {
            node.append(.value(try value.boxed()))
        } catch {
            throw error.encodingError(value, codingPath: path.appending(index: count).keys)
        }
    }
}

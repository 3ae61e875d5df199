/// Writes the one value an encoder stands for, e.g. the string of a `RawRepresentable` enum.
struct JSONSingleValueEncodingContainer: SingleValueEncodingContainer {
    let node: EncodingNode
    let path: CodingPath

    var codingPath: [any CodingKey] { path.keys }

    mutating func encodeNil() throws {
        node.setSingle(.null)
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
        node.setSingle(try ValueEncoder.box(value, at: path))
    }

    private func scalar(_ value: some JSONScalar) throws {
        do throws(ConversionFailure) {
            node.setSingle(try value.boxed())
        } catch {
            throw error.encodingError(value, codingPath: codingPath)
        }
    }
}

import Foundation

/// A Swift type that maps onto one JSON scalar. The container protocols require one overload per such type in
/// each direction; they all forward here.
protocol JSONScalar {
    init(unboxing value: JSONValue) throws(ConversionFailure)
    func boxed() throws(ConversionFailure) -> JSONValue
}

/// Why a value could not be converted, found where the coding path is not yet known; the containers turn it into
/// a `DecodingError` or `EncodingError` that names the path.
struct ConversionFailure: Error {
    enum Kind {
        case typeMismatch, valueNotFound, dataCorrupted
    }

    let kind: Kind
    let message: String

    /// `found` was not the kind of value wanted; null counts as a missing value, not a mismatch.
    static func mismatch(expected: String, found: JSONValue) -> ConversionFailure {
        ConversionFailure(kind: found == .null ? .valueNotFound : .typeMismatch,
                          message: "expected \(expected), found \(found.kindDescription)")
    }

    static func corrupted(_ message: String) -> ConversionFailure {
        ConversionFailure(kind: .dataCorrupted, message: message)
    }

    func decodingError(_ type: Any.Type, codingPath: [any CodingKey]) -> DecodingError {
        let context = DecodingError.Context(codingPath: codingPath, debugDescription: message)
        switch kind {
        case .typeMismatch: return .typeMismatch(type, context)
        case .valueNotFound: return .valueNotFound(type, context)
        case .dataCorrupted: return .dataCorrupted(context)
        }
    }

    func encodingError(_ value: Any, codingPath: [any CodingKey]) -> EncodingError {
        .invalidValue(value, EncodingError.Context(codingPath: codingPath, debugDescription: message))
    }
}

extension JSONValue {
    /// The kind of value, as error messages name it.
    var kindDescription: String {
        switch self {
        case .null: "null"
        case .bool: "a Boolean"
        case .int, .double: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }
}

extension Bool: JSONScalar {
    init(unboxing value: JSONValue) throws(ConversionFailure) {
        guard case .bool(let bool) = value else { throw .mismatch(expected: "a Boolean", found: value) }
        self = bool
    }

    func boxed() -> JSONValue { .bool(self) }
}

extension String: JSONScalar {
    init(unboxing value: JSONValue) throws(ConversionFailure) {
        guard case .string(let string) = value else { throw .mismatch(expected: "a string", found: value) }
        self = string
    }

    func boxed() -> JSONValue { .string(self) }
}

extension Double: JSONScalar {
    init(unboxing value: JSONValue) throws(ConversionFailure) {
        switch value {
        case .int(let int): self = Double(int)
        case .double(let double): self = double
        default: throw .mismatch(expected: "a number", found: value)
        }
    }

    func boxed() throws(ConversionFailure) -> JSONValue {
        guard isFinite else { throw .corrupted("\(self) cannot be written as JSON, which has no NaN or infinity") }
        return .double(self)
    }
}

extension Float: JSONScalar {
    init(unboxing value: JSONValue) throws(ConversionFailure) {
        let double = try Double(unboxing: value)
        guard Float(double).isFinite else { throw .corrupted("number \(double) is beyond the range of Float") }
        self = Float(double)
    }

    func boxed() throws(ConversionFailure) -> JSONValue {
        try Double(self).boxed()
    }
}

/// Integers accept a whole-valued double (`3.0`) as well as an integer, and must fit the type exactly.
protocol JSONInteger: FixedWidthInteger, JSONScalar {}

extension JSONInteger {
    init(unboxing value: JSONValue) throws(ConversionFailure) {
        switch value {
        case .int(let int):
            guard let exact = Self(exactly: int) else { throw .corrupted("number \(int) does not fit in \(Self.self)") }
            self = exact
        case .double(let double):
            guard let exact = Self(exactly: double) else {
                throw .corrupted("number \(double) is not a whole number within the range of \(Self.self)")
            }
            self = exact
        default:
            throw .mismatch(expected: "an integer", found: value)
        }
    }

    func boxed() throws(ConversionFailure) -> JSONValue {
        guard let int = Int64(exactly: self) else { throw .corrupted("\(self) is beyond Int64, JSON's integer range here") }
        return .int(int)
    }
}

extension Int: JSONInteger {}
extension Int8: JSONInteger {}
extension Int16: JSONInteger {}
extension Int32: JSONInteger {}
extension Int64: JSONInteger {}
extension UInt: JSONInteger {}
extension UInt8: JSONInteger {}
extension UInt16: JSONInteger {}
extension UInt32: JSONInteger {}
extension UInt64: JSONInteger {}

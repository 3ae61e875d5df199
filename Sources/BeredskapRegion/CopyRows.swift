/// Rows in `COPY ... FROM STDIN`'s text format: tab between values, newline after each row, `\N` for NULL,
/// backslash escapes for the characters that would end a value; `bytea` as `\\x` and hexadecimal digits.
public struct CopyRows {
    public enum Value {
        case text(String)
        case int(Int)
        case bytes([UInt8])
        case bool(Bool)
        case null
    }

    public private(set) var bytes: [UInt8] = []
    public private(set) var count = 0

    public init() {}

    public mutating func append(_ values: [Value]) {
        for (index, value) in values.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: "\t")) }
            switch value {
            case .text(let text): appendEscaped(text.utf8)
            case .int(let number): bytes.append(contentsOf: String(number).utf8)
            case .bool(let flag): bytes.append(flag ? UInt8(ascii: "t") : UInt8(ascii: "f"))
            case .null: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "N")])
            case .bytes(let raw):
                // `\\x`: COPY turns the doubled backslash into one, and bytea reads `\x` and hex.
                bytes.append(contentsOf: Array("\\\\x".utf8))
                Hex.append(raw, to: &bytes)
            }
        }
        bytes.append(UInt8(ascii: "\n"))
        count += 1
    }

    private mutating func appendEscaped(_ text: String.UTF8View) {
        for byte in text {
            switch byte {
            case UInt8(ascii: "\\"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
            case UInt8(ascii: "\t"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
            case UInt8(ascii: "\n"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case UInt8(ascii: "\r"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
            default: bytes.append(byte)
            }
        }
    }
}

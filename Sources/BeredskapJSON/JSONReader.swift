/// Reads JSON text into `JSONValue`s.
public enum JSONReader {
    /// Parses exactly one JSON value; whitespace may surround it, nothing else may.
    ///
    /// Strict RFC 8259: rejects trailing commas, leading zeros, unescaped control characters (U+0000-U+001F) in
    /// strings, invalid UTF-8 (overlong forms, encoded surrogates, truncated sequences), lone surrogates in `\u`
    /// escapes, NaN and Infinity, numbers beyond `Double`'s range, and nesting deeper than 64 arrays/objects.
    /// Duplicate object keys are kept as written.
    public static func parse(_ bytes: UnsafeRawBufferPointer) throws(JSONParseError) -> JSONValue {
        var parser = JSONParser(bytes)
        return try parser.parseDocument()
    }

    /// Parses exactly one JSON value from bytes such as `[UInt8]`, `ArraySlice<UInt8>` or `Data`; non-contiguous
    /// collections are copied first. Offsets in errors count from the collection's first byte.
    public static func parse(_ bytes: some Collection<UInt8>) throws(JSONParseError) -> JSONValue {
        let contiguous = bytes.withContiguousStorageIfAvailable { buffer in
            Result { () throws(JSONParseError) in try parse(UnsafeRawBufferPointer(buffer)) }
        }
        let result = contiguous ?? Array(bytes).withUnsafeBytes { buffer in
            Result { () throws(JSONParseError) in try parse(buffer) }
        }
        return try result.get()
    }

    /// Parses exactly one JSON value from the UTF-8 form of `text`.
    public static func parse(_ text: String) throws(JSONParseError) -> JSONValue {
        var text = text
        // `withUTF8` is rethrowing and would widen the error to `any Error`; carry it out in a Result instead.
        let result = text.withUTF8 { buffer in
            Result { () throws(JSONParseError) in try parse(UnsafeRawBufferPointer(buffer)) }
        }
        return try result.get()
    }
}

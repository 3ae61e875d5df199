extension JSONParser {
    /// Parses a number starting at `index` by RFC 8259's grammar. Integers are accumulated directly into `Int64`;
    /// fractions, exponents and integers too large for `Int64` go through `Double`'s own parser, which unlike
    /// `strtod` ignores the C locale (the console sets one where the decimal separator is a comma).
    mutating func parseNumber() throws(JSONParseError) -> JSONValue {
        let start = index
        let negative = bytes[index] == UInt8(ascii: "-")
        if negative { index += 1 }
        guard index < bytes.count, isDigit(bytes[index]) else { throw error("expected a digit in number") }

        // Accumulated towards the sign so that Int64.min fits.
        var integer: Int64 = 0
        var overflowed = false
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
            if index < bytes.count, isDigit(bytes[index]) {
                throw error("leading zeros are not allowed in numbers", at: index - 1)
            }
        } else {
            while index < bytes.count, isDigit(bytes[index]) {
                let digit = Int64(bytes[index] &- UInt8(ascii: "0"))
                let (shifted, shiftOverflow) = integer.multipliedReportingOverflow(by: 10)
                let (next, addOverflow) = negative
                    ? shifted.subtractingReportingOverflow(digit) : shifted.addingReportingOverflow(digit)
                integer = next
                overflowed = overflowed || shiftOverflow || addOverflow
                index += 1
            }
        }

        var isInteger = true
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            try skipDigits(after: "'.'")
            isInteger = false
        }
        if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                index += 1
            }
            try skipDigits(after: "exponent")
            isInteger = false
        }
        if isInteger, !overflowed { return .int(integer) }

        let text = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        guard let double = Double(text), double.isFinite else {
            throw error("number \(text.prefix(40)) is out of range", at: start)
        }
        return .double(double)
    }

    private mutating func skipDigits(after what: String) throws(JSONParseError) {
        guard index < bytes.count, isDigit(bytes[index]) else { throw error("expected a digit after \(what)") }
        while index < bytes.count, isDigit(bytes[index]) { index += 1 }
    }

    private func isDigit(_ byte: UInt8) -> Bool {
        byte &- UInt8(ascii: "0") < 10
    }
}

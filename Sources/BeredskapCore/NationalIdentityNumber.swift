/// Finds Norwegian fødselsnummer and D-numbers in free text, so that no patient identity reaches the journal
/// (Normen 2.3, 5.5.4). Only numbers that pass both mod-11 checks and carry a possible date count: other
/// 11-digit numbers (phone numbers with prefixes, order numbers) are allowed.
public enum NationalIdentityNumber {
    private static let firstWeights = [3, 7, 6, 1, 8, 9, 4, 5, 2]
    private static let secondWeights = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]

    /// Whether the text holds a valid number, written as 11 digits or as 6 + 5 with one or two separators between
    /// (any space, a line break, a dot or a dash).
    public static func isPresent(in text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        var start = 0
        while start < scalars.count {
            guard isDigit(scalars[start]), start == 0 || !isDigit(scalars[start - 1]) else {
                start += 1
                continue
            }
            var end = start
            while end < scalars.count, isDigit(scalars[end]) { end += 1 }
            var digits = scalars[start..<end].map { Int($0.value - 48) }
            var tailStart = end
            while tailStart < scalars.count, tailStart - end < 2, isSeparator(scalars[tailStart]) { tailStart += 1 }
            if digits.count == 6, tailStart > end, tailStart + 5 <= scalars.count {
                let tail = scalars[tailStart..<(tailStart + 5)]
                let afterTail = tailStart + 5
                if tail.allSatisfy(isDigit), afterTail == scalars.count || !isDigit(scalars[afterTail]) {
                    digits += tail.map { Int($0.value - 48) }
                }
            }
            if digits.count == 11, isValid(digits) { return true }
            start = end
        }
        return false
    }

    /// Both check digits and a plausible date (D-numbers add 4 to the first digit, H-numbers 4 to the third).
    public static func isValid(_ digits: [Int]) -> Bool {
        guard digits.count == 11 else { return false }
        guard let first = checkDigit(digits[0..<9], weights: firstWeights), first == digits[9],
              let second = checkDigit(digits[0..<10], weights: secondWeights), second == digits[10]
        else { return false }
        var day = digits[0] * 10 + digits[1]
        var month = digits[2] * 10 + digits[3]
        if day > 40 { day -= 40 }
        if month > 40 { month -= 40 }
        return (1...31).contains(day) && (1...12).contains(month)
    }

    private static func checkDigit(_ digits: ArraySlice<Int>, weights: [Int]) -> Int? {
        let sum = zip(digits, weights).reduce(0) { $0 + $1.0 * $1.1 }
        let digit = (11 - sum % 11) % 11
        return digit == 10 ? nil : digit
    }

    private static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "-" || scalar == "." || scalar.properties.isWhitespace
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }
}

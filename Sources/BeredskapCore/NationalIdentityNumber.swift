import Foundation

/// Finds Norwegian fødselsnummer and D-numbers in free text, so that no patient identity reaches the journal
/// (Normen 2.3, 5.5.4). Only numbers that pass both mod-11 checks and carry a possible date count: other
/// 11-digit numbers (phone numbers with prefixes, order numbers) are always allowed.
///
/// The text is normalised first (NFKC, invisible and format characters removed, every decimal digit of any
/// script read as its value), so that a number cannot hide behind a zero-width space or Arabic-Indic digits.
/// Digits then form groups; groups joined by at most three separators (whitespace, `.`, `-`, `/`, dashes) form a
/// chain, and every run of consecutive groups in a chain that holds exactly eleven digits is checked, whatever
/// the grouping (`010150 12397`, `01.01.50 123 97`, `010 150 123 97`). A single digit run longer than eleven
/// digits is not a number (it is an account, order or phone number); neither is a run that takes only part of a
/// group.
public enum NationalIdentityNumber {
    private static let firstWeights = [3, 7, 6, 1, 8, 9, 4, 5, 2]
    private static let secondWeights = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    private static let maxSeparators = 3

    /// Whether the text holds a valid number, however its digit groups are written and separated.
    public static func isPresent(in text: String) -> Bool {
        chains(in: text).contains { groups in
            groups.indices.contains { start in
                var digits: [Int] = []
                for group in groups[start...] {
                    digits += group
                    guard digits.count < 11 else { break }
                }
                return digits.count == 11 && isValid(digits)
            }
        }
    }

    /// Both check digits and a plausible date. D-numbers add 40 to the day, H-numbers and synthetic test numbers
    /// add 40 to the month, and synthetic test numbers from the national test data services add 80.
    public static func isValid(_ digits: [Int]) -> Bool {
        guard digits.count == 11 else { return false }
        guard let first = checkDigit(digits[0..<9], weights: firstWeights), first == digits[9],
              let second = checkDigit(digits[0..<10], weights: secondWeights), second == digits[10]
        else { return false }
        let day = digits[0] * 10 + digits[1]
        let month = digits[2] * 10 + digits[3]
        return [0, 40].contains { (1...31).contains(day - $0) } && [0, 40, 80].contains { (1...12).contains(month - $0) }
    }

    private static func checkDigit(_ digits: ArraySlice<Int>, weights: [Int]) -> Int? {
        let sum = zip(digits, weights).reduce(0) { $0 + $1.0 * $1.1 }
        let digit = (11 - sum % 11) % 11
        return digit == 10 ? nil : digit
    }

    private enum Symbol {
        case digit(Int)
        case separator
        case other
    }

    /// The digit groups of the normalised text, split into chains wherever something other than a short run of
    /// separators stands between two groups.
    private static func chains(in text: String) -> [[[Int]]] {
        var chains: [[[Int]]] = []
        var chain: [[Int]] = []
        var group: [Int] = []
        var separators = 0
        func endGroup() {
            guard !group.isEmpty else { return }
            chain.append(group)
            group = []
        }
        func endChain() {
            endGroup()
            if !chain.isEmpty { chains.append(chain) }
            chain = []
        }
        for symbol in symbols(of: text) {
            switch symbol {
            case .digit(let value):
                if separators > maxSeparators { endChain() }
                separators = 0
                group.append(value)
            case .separator:
                endGroup()
                separators += 1
            case .other:
                endChain()
                separators = 0
            }
        }
        endChain()
        return chains
    }

    private static func symbols(of text: String) -> [Symbol] {
        text.precomposedStringWithCompatibilityMapping.unicodeScalars.compactMap { scalar in
            let properties = scalar.properties
            if properties.numericType == .decimal, let value = properties.numericValue { return .digit(Int(value)) }
            if isSeparator(scalar) { return .separator }
            switch properties.generalCategory {
            case .format, .nonspacingMark, .enclosingMark, .control: return nil
            default: return .other
            }
        }
    }

    private static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2D, 0x2E, 0x2F, 0x2010...0x2015, 0x2212: true
        default: scalar.properties.isWhitespace
        }
    }
}

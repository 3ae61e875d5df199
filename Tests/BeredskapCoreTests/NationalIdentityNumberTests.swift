import Foundation
import Testing
@testable import BeredskapCore

/// Builds numbers with the structure of a real fødselsnummer: ddmmyy, a three-digit individual number, and both
/// mod-11 check digits. Written here from the published algorithm, independently of the code under test.
enum TestNumber {
    static func checkDigit(_ digits: [Int], weights: [Int]) -> Int? {
        let rest = zip(digits, weights).map(*).reduce(0, +) % 11
        let digit = rest == 0 ? 0 : 11 - rest
        return digit == 10 ? nil : digit
    }

    /// The first valid number for `birth` (six digits: ddmmyy, with day + 40 for a D-number) at or after `individual`.
    static func valid(_ birth: String, individual: Int = 123) -> String {
        var individual = individual
        while true {
            let digits = (birth + String(individual).leftPadded(to: 3)).map { $0.wholeNumberValue! }
            if let k1 = checkDigit(digits, weights: [3, 7, 6, 1, 8, 9, 4, 5, 2]),
               let k2 = checkDigit(digits + [k1], weights: [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) {
                return (digits + [k1, k2]).map(String.init).joined()
            }
            individual += 1
        }
    }

    /// `number` with the digit at `position` replaced by the next one, so that check fails.
    static func breaking(_ number: String, at position: Int) -> String {
        var digits = number.map { $0.wholeNumberValue! }
        digits[position] = (digits[position] + 1) % 10
        return digits.map(String.init).joined()
    }

    /// `010150 12397`: six digits, a separator, five digits.
    static func split(_ number: String, by separator: String = " ") -> String {
        String(number.prefix(6)) + separator + String(number.dropFirst(6))
    }

    /// Valid numbers as people write them: plain, D-number, H-number, with a space, dot or dash after the date.
    static var spellings: [String] {
        let plain = valid("010150")
        return [plain, valid("410150"), valid("014150"), valid("311299"), split(plain), split(plain, by: "."), split(plain, by: "-"),
                split(plain, by: "\u{00A0}"), split(plain, by: "  "), split(plain, by: "\n")]
            + regrouped(plain) + disguised(plain) + synthetic
    }

    /// The same digits grouped other ways: dots in the date, groups of three, a slash, a spaced dash.
    static func regrouped(_ number: String) -> [String] {
        let d = Array(number).map(String.init)
        func join(_ sizes: [Int], by separator: String) -> String {
            var start = 0
            return sizes.map { size in defer { start += size }; return d[start..<(start + size)].joined() }.joined(separator: separator)
        }
        return [join([2, 2, 2, 5], by: "."), join([2, 2, 2, 3, 2], by: " "), join([3, 3, 3, 2], by: " "),
                join([6, 5], by: "/"), join([6, 5], by: " - "), join([2, 2, 2, 5], by: ".") .replacingOccurrences(of: ".", with: ". "),
                join([4, 4, 3], by: "\u{2013}")]
    }

    /// The same digits with invisible characters inside, or written in other scripts' digits.
    static func disguised(_ number: String) -> [String] {
        let arabicIndic = String(number.unicodeScalars.map { Character(Unicode.Scalar(0x0660 + $0.value - 48)!) })
        let fullwidth = String(number.unicodeScalars.map { Character(Unicode.Scalar(0xFF10 + $0.value - 48)!) })
        let devanagari = String(number.unicodeScalars.map { Character(Unicode.Scalar(0x0966 + $0.value - 48)!) })
        return [number.map(String.init).joined(separator: "\u{200B}"), String(number.prefix(6)) + "\u{00AD}" + number.dropFirst(6),
                String(number.prefix(3)) + "\u{2060}\u{FEFF}" + number.dropFirst(3), String(number.prefix(2)) + "\u{200D}" + number.dropFirst(2),
                arabicIndic, fullwidth, devanagari, split(String(fullwidth), by: "\u{3000}")]
    }

    /// Synthetic test numbers: month + 40 (as H-numbers) and month + 80, also on a D-number.
    static var synthetic: [String] { [valid("018150"), valid("019250"), valid("415150"), valid("318299")] }

    /// Digits that look like a number but are not one.
    static var lookalikes: [String] {
        let plain = valid("010150")
        let broken = breaking(plain, at: 10)
        return [breaking(plain, at: 9), broken, "0" + plain, plain + "7", "+47 22 33 44 55", "22334455",
                "004722334455", split(broken)] + regrouped(broken) + disguised(broken)
            + [breaking(valid("018150"), at: 10), breaking(valid("019250"), at: 9)]
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}

@Suite("Fødselsnummer and D-numbers in free text")
struct NationalIdentityNumberTests {
    @Test("The test generator agrees with numbers computed by hand")
    func generator() {
        #expect(TestNumber.valid("010150") == "01015012397")
        #expect(TestNumber.valid("410150") == "41015012380")
        #expect(TestNumber.valid("014150") == "01415012450", "individual number 123 gives check digit 10, so 124")
        #expect(TestNumber.valid("311299") == "31129912319")
    }

    @Test("A valid number is found however it is written", arguments: TestNumber.spellings)
    func found(number: String) {
        #expect(NationalIdentityNumber.isPresent(in: number))
        #expect(NationalIdentityNumber.isPresent(in: "Pasient \(number) på rom 3"))
        #expect(NationalIdentityNumber.isPresent(in: "fnr:\(number)."))
        #expect(NationalIdentityNumber.isPresent(in: "Seng 12, \(number)"), "a short number before does not hide it")
    }

    @Test("Numbers that fail a check digit, longer runs and phone numbers are allowed", arguments: TestNumber.lookalikes)
    func allowed(text: String) {
        #expect(!NationalIdentityNumber.isPresent(in: text))
        #expect(!NationalIdentityNumber.isPresent(in: "Ring \(text) ved spørsmål"))
    }

    @Test("Every single-digit change to a valid number breaks it")
    func everyDigitCounts() {
        let plain = TestNumber.valid("290204")
        #expect(NationalIdentityNumber.isPresent(in: plain))
        for position in 0..<11 {
            let changed = TestNumber.breaking(plain, at: position)
            #expect(!NationalIdentityNumber.isValid(changed.map { $0.wholeNumberValue! }), "digit \(position): \(changed)")
        }
    }

    @Test("Check digits alone are not enough: the date must be possible", arguments: ["000150", "320150", "011350", "720150", "015350", "013350", "017350", "019350"])
    func impossibleDate(birth: String) {
        let number = TestNumber.valid(birth)
        #expect(!NationalIdentityNumber.isPresent(in: number))
    }

    @Test("A valid number next to other digits, or two numbers in a row, is judged by its run")
    func runs() {
        let a = TestNumber.valid("010150")
        let b = TestNumber.valid("311299")
        #expect(NationalIdentityNumber.isPresent(in: "\(a) og \(b)"))
        #expect(NationalIdentityNumber.isPresent(in: "123456 \(a)"), "a six-digit run before does not swallow it")
        #expect(!NationalIdentityNumber.isPresent(in: a + b), "a 22-digit run is not a number")
        #expect(!NationalIdentityNumber.isPresent(in: TestNumber.split(a) + "9"), "six + six digits is not six + five")
        #expect(!NationalIdentityNumber.isPresent(in: "9" + TestNumber.split(a)))
        #expect(!NationalIdentityNumber.isPresent(in: "4" + a + " 123"), "a twelve-digit run is not a number, whatever follows")
        #expect(NationalIdentityNumber.isPresent(in: "Rom 4 - \(TestNumber.regrouped(a)[2])"), "a short group before does not hide it")
        #expect(!NationalIdentityNumber.isPresent(in: String(a.prefix(6)) + " ; " + a.dropFirst(6)), "other punctuation ends the chain")
        #expect(!NationalIdentityNumber.isPresent(in: String(a.prefix(6)) + "    " + a.dropFirst(6)), "four separators end the chain")
    }

    @Test("Only eleven digits can be valid")
    func length() {
        #expect(!NationalIdentityNumber.isValid([0, 1, 0, 1, 5, 0, 1, 2, 3, 9]))
        #expect(!NationalIdentityNumber.isValid([]))
        #expect(NationalIdentityNumber.isValid([0, 1, 0, 1, 5, 0, 1, 2, 3, 9, 7]))
    }
}

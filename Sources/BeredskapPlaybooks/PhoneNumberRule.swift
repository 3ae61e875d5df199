import Foundation

/// What lint accepts as a phone number in kontakter.yaml (factsheet 2c, 2d: numbers that work at 03:00).
/// Digits with spaces, dashes, dots or brackets between them, and a leading `+` (or `00`) for a country code.
/// Norwegian numbers (`+47`, `0047` or none) have 8 digits, or are short numbers of 3 to 5 digits (113, 1881,
/// 02800); other countries' have 7 to 15 digits in all (E.164). A letter O for a zero, and a digit too few or
/// too many, are the mistakes found when someone dials.
enum PhoneNumberRule {
    /// Why `text` is not a number to dial, with a hint; nil when it is one.
    static func problem(_ text: String) -> (message: String, hint: String)? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.contains(where: { $0 == "O" || $0 == "o" }), trimmed.contains(where: \.isNumber) {
            let fixed = trimmed.replacingOccurrences(of: "O", with: "0").replacingOccurrences(of: "o", with: "0")
            if problem(fixed) == nil {
                return ("telefonnummeret «\(text)» har bokstaven O der det skal stå null", "skriv «\(fixed)»")
            }
        }
        let body = trimmed.hasPrefix("+") ? trimmed.dropFirst() : Substring(trimmed)
        guard let bad = body.first(where: { !("0"..."9").contains($0) && !" -.()".contains($0) }) else {
            return digitCount(trimmed, digits: body.filter { ("0"..."9").contains($0) })
        }
        return ("telefonnummeret «\(text)» inneholder «\(bad)»",
                "skriv bare sifre, med mellomrom mellom gruppene og + foran landskoden (f.eks. «+47 22 00 00 01»)")
    }

    private static func digitCount(_ text: String, digits: String) -> (message: String, hint: String)? {
        let international = text.hasPrefix("+") || digits.hasPrefix("00")
        let all = text.hasPrefix("+") ? digits : digits.hasPrefix("00") ? String(digits.dropFirst(2)) : digits
        guard international else {
            if [3, 4, 5, 8].contains(all.count) { return nil }
            return ("telefonnummeret «\(text)» har \(all.count) sifre; et norsk nummer har 8", "sjekk om et siffer mangler eller er for mye")
        }
        if all.hasPrefix("47") {
            let national = all.dropFirst(2)
            if national.count == 8 || (3...5).contains(national.count) { return nil }
            return ("telefonnummeret «\(text)» har \(national.count) sifre etter +47; et norsk nummer har 8",
                    "sjekk om et siffer mangler eller er for mye")
        }
        if (7...15).contains(all.count) { return nil }
        return ("telefonnummeret «\(text)» har \(all.count) sifre med landskoden; et internasjonalt nummer har 7 til 15",
                "sjekk landskoden og sifrene")
    }
}

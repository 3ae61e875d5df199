import BeredskapCore
import Foundation

/// Durations as coordinators write them: `10m`, `4h`, `1h30m`, `2d`, `72h`.
enum DurationSyntax {
    /// Units in the order they must appear, each at most once, so `1h30m` has one reading.
    private static let units: [(symbol: Character, minutes: Int)] = [("d", 1440), ("h", 60), ("m", 1)]

    /// Why a text is not a duration.
    enum Problem: Error, Equatable {
        case empty
        case missingUnit(digits: String)
        case malformed
        case zero
    }

    static func parse(_ text: String) -> Result<Minutes, Problem> {
        let text = text.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { return .failure(.empty) }
        if text.allSatisfy(\.isASCIIDigit) { return .failure(.missingUnit(digits: text)) }

        var total = 0
        var digits = ""
        var nextUnit = 0
        for character in text {
            if character.isASCIIDigit {
                digits.append(character)
                continue
            }
            guard let index = units.firstIndex(where: { $0.symbol == character }), index >= nextUnit,
                  let amount = Int(digits) else { return .failure(.malformed) }
            let (product, overflow) = amount.multipliedReportingOverflow(by: units[index].minutes)
            guard !overflow else { return .failure(.malformed) }
            total += product
            digits = ""
            nextUnit = index + 1
        }
        guard digits.isEmpty else { return .failure(.malformed) }
        return total > 0 ? .success(Minutes(total)) : .failure(.zero)
    }
}

extension DurationSyntax.Problem {
    /// Completes «ugyldig varighet «x»: ...».
    var reason: String {
        switch self {
        case .empty: "den er tom"
        case .missingUnit: "enheten mangler"
        case .malformed: "ukjent skrivemåte"
        case .zero: "den er null"
        }
    }

    var hint: String {
        switch self {
        case .missingUnit(let digits): "skriv for eksempel «\(digits)m» for minutter eller «\(digits)h» for timer"
        case .zero: "en frist må være minst ett minutt; skriv for eksempel «5m» for «straks»"
        case .empty, .malformed: "skriv hele tall med enhetene d, h og m i den rekkefølgen, f.eks. «10m», «4h», «1h30m» eller «2d»"
        }
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}

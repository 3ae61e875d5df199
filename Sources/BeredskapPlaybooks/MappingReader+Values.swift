import BeredskapCore
import Foundation
import Yams

/// Typed fields. Each accessor returns nil (or an empty list) when the field is absent or invalid, having
/// reported why; callers read every field before deciding whether the whole entry is usable.
extension MappingReader {
    func text(_ key: String) -> Located<String>? {
        node(key).flatMap { scalarText($0, field: key) }
    }

    /// The text of `key` without its location, for fields no later check points back at.
    func string(_ key: String) -> String? { text(key)?.value }

    /// Text in a list or a field: a scalar, never a list or mapping. Numbers and dates are kept as written.
    func scalarText(_ node: Node, field: String) -> Located<String>? {
        let location = Location(file: file, mark: node.mark)
        guard case .scalar(let scalar) = node, !node.isNull else {
            context.lint.error("«\(field)» i \(label) skal være tekst, men er \(node.shape)", at: location,
                               hint: "skriv teksten etter «\(field):» eller «- », i anførselstegn om den inneholder «: » eller «#»")
            return nil
        }
        guard !scalar.string.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            context.lint.error("feltet «\(field)» i \(label) er tomt", at: location, hint: "skriv en verdi")
            return nil
        }
        return Located(value: scalar.string, location: location)
    }

    /// The id of a register entry, defined in the registry as it is read.
    /// `fileStem`: the file's name without `.yaml`; an id equal to it is at home there (see `IdentifierRegistry.define`).
    func identifier(_ kind: Kind, scope: String = "", fileStem: String? = nil) -> Located<String>? {
        guard let id = text("id") else { return nil }
        guard Self.isIdentifier(id.value) else {
            context.lint.error("id-en «\(id.value)» kan bare ha bokstaver, sifre, - og _", at: id.location,
                               hint: "id-er skrives på kommandolinjen; bruk f.eks. «\(Self.slug(id.value))»")
            return nil
        }
        context.registry.define(kind, id, scope: scope, home: id.value == fileStem)
        return id
    }

    /// Letters, digits, `-` and `_`: an id is typed on the command line.
    static func isIdentifier(_ text: String) -> Bool {
        text.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
    }

    /// An id that must be defined somewhere in the playbooks; checked once everything is read.
    func reference(_ kind: Kind, _ key: String) -> Located<String>? {
        guard let id = text(key) else { return nil }
        context.registry.refer(to: kind, id, from: key)
        return id
    }

    func references(_ kind: Kind, _ key: String) -> [Located<String>] {
        let ids = texts(key)
        ids.forEach { context.registry.refer(to: kind, $0, from: key) }
        return ids
    }

    /// A list; absent or empty (`key:`) reads as no items.
    func list(_ key: String) -> [Node] {
        guard let node = node(key) else { return [] }
        guard case .sequence(let sequence) = node else {
            context.lint.error("«\(key)» i \(label) skal være en liste, men er \(node.shape)",
                               at: Location(file: file, mark: node.mark),
                               hint: "skriv [a, b] eller ett element per linje med «- » foran")
            return []
        }
        return Array(sequence)
    }

    func texts(_ key: String) -> [Located<String>] {
        list(key).compactMap { scalarText($0, field: key) }
    }

    func bool(_ key: String) -> Bool? {
        guard let node = node(key) else { return nil }
        guard node.isTagged(.bool), let value = node.bool else {
            context.lint.error("«\(key)» i \(label) skal være true eller false, men er \(node.shape)",
                               at: Location(file: file, mark: node.mark),
                               hint: "skriv «\(key): true» eller «\(key): false»")
            return nil
        }
        return value
    }

    /// A whole number of at least 1 (ranks, day counts).
    func positiveInteger(_ key: String) -> Int? {
        guard let node = node(key) else { return nil }
        guard node.isTagged(.int), let value = node.int, value >= 1 else {
            context.lint.error("«\(key)» i \(label) skal være et helt tall fra 1 og opp, men er \(node.shape)",
                               at: Location(file: file, mark: node.mark), hint: "skriv f.eks. «\(key): 1»")
            return nil
        }
        return value
    }

    func duration(_ key: String) -> Minutes? {
        guard let text = text(key) else { return nil }
        switch DurationSyntax.parse(text.value) {
        case .success(let minutes):
            return minutes
        case .failure(let problem):
            context.lint.error("ugyldig varighet «\(text.value)» i «\(key)» for \(label): \(problem.reason)",
                               at: text.location, hint: problem.hint)
            return nil
        }
    }

    /// A time on an exercise clock (T+mm): a duration, or `0m` for the moment the exercise starts.
    func offset(_ key: String) -> Minutes? {
        if let node = node(key), node.scalar?.string == "0m" { return Minutes(0) }
        return duration(key)
    }

    /// A time of day `TT:MM`, read from the text as written (YAML 1.1 would take `01:50` for a number).
    func timeOfDay(_ key: String) -> TimeOfDay? {
        guard let text = text(key) else { return nil }
        guard let time = TimeOfDay(text.value) else {
            context.lint.error("ugyldig klokkeslett «\(text.value)» i «\(key)» for \(label)", at: text.location,
                               hint: "skriv klokkeslettet som TT:MM, f.eks. «\(key): \"01:50\"»")
            return nil
        }
        return time
    }

    /// `YYYY-MM-DD`, read from the text as written whether or not YAML took it for a timestamp.
    func date(_ key: String) -> Located<Date>? {
        guard let text = text(key) else { return nil }
        guard let date = CalendarDate.parse(text.value) else {
            context.lint.error("ugyldig dato «\(text.value)» i «\(key)» for \(label)", at: text.location,
                               hint: "skriv datoen som ÅÅÅÅ-MM-DD, f.eks. «2026-03-01»")
            return nil
        }
        return Located(value: date, location: text.location)
    }

    /// One of a closed set of words (level, type, kind, audience).
    func choice<Value: RawRepresentable & CaseIterable>(_ key: String, _: Value.Type) -> Located<Value>?
    where Value.RawValue == String {
        guard let text = text(key) else { return nil }
        if let value = Value(rawValue: text.value) { return Located(value: value, location: text.location) }
        let valid = Value.allCases.map(\.rawValue)
        context.lint.error("ugyldig verdi «\(text.value)» i «\(key)» for \(label)", at: text.location,
                           hint: NearestKey.hint(for: text.value, among: valid,
                                                 otherwise: "gyldige verdier: " + valid.joined(separator: ", ")))
        return nil
    }

    /// A usable id suggestion: lower case, spaces and other marks turned into dashes.
    private static func slug(_ text: String) -> String {
        let mapped = text.lowercased().map { $0.isLetter || $0.isNumber || $0 == "_" ? $0 : "-" }
        return String(mapped).split(separator: "-").joined(separator: "-")
    }
}

import BeredskapCore

/// What changed between two versions of the playbooks, in words a coordinator reads at the approval meeting and
/// copies into the change log: by part of the plan, named as people know them (ids in brackets).
public struct PlanDiff: Sendable, Equatable {
    public struct Part: Sendable, Equatable {
        public var title: String
        public var lines: [String]
    }

    public private(set) var parts: [Part] = []

    public init(old: Organisation, new: Organisation) {
        add("Kontakter", Self.contacts(old, new))
        add("Beredskapsnivåer og varsling", Self.levels(old, new))
        add("Systemer", Self.systems(old, new))
        add("Hendelseskategorier og varsling per kategori", Self.categories(old, new))
        add("Prosedyrer", Self.procedures(old, new))
        add("Papirskjema", Self.forms(old, new))
    }

    public var isEmpty: Bool { parts.isEmpty }

    private mutating func add(_ title: String, _ lines: [String]) {
        if !lines.isEmpty { parts.append(Part(title: title, lines: lines)) }
    }

    /// Added, removed and changed entries of one register, matched by id, each line naming the entry.
    static func entries<Entry, ID: Hashable>(_ old: [Entry], _ new: [Entry], id: (Entry) -> ID, name: (Entry) -> String,
                                              added: (Entry) -> String, changes: (Entry, Entry) -> [String]) -> [String] {
        let oldByID = Dictionary(old.map { (id($0), $0) }, uniquingKeysWith: { first, _ in first })
        let newIDs = Set(new.map(id))
        var lines: [String] = []
        for entry in new {
            guard let before = oldByID[id(entry)] else {
                lines.append("Ny: \(name(entry))" + suffix(added(entry)))
                continue
            }
            let changed = changes(before, entry)
            if !changed.isEmpty { lines.append("Endret: \(name(entry)): " + changed.joined(separator: "; ")) }
        }
        for entry in old where !newIDs.contains(id(entry)) {
            lines.append("Fjernet: \(name(entry))")
        }
        return lines
    }

    /// «feltet «gammel» → «ny»» when the value differs.
    static func change<Value: Equatable>(_ field: String, _ old: Value, _ new: Value, _ show: (Value) -> String) -> [String] {
        old == new ? [] : ["\(field) «\(show(old))» → «\(show(new))»"]
    }

    static func change(_ field: String, _ old: String, _ new: String) -> [String] { change(field, old, new) { $0 } }

    /// Items of a list that came and went, by their text: «kriterier lagt til: «x»; fjernet: «y»».
    static func listChange(_ field: String, _ old: [String], _ new: [String]) -> [String] {
        let added = new.filter { !old.contains($0) }
        let removed = old.filter { !new.contains($0) }
        var lines: [String] = []
        if !added.isEmpty { lines.append("\(field) lagt til: " + quoted(added)) }
        if !removed.isEmpty { lines.append("\(field) fjernet: " + quoted(removed)) }
        if added.isEmpty, removed.isEmpty, old != new { lines.append("\(field) i ny rekkefølge") }
        return lines
    }

    static func quoted(_ texts: [String]) -> String { texts.map { "«\($0)»" }.joined(separator: ", ") }

    private static func suffix(_ text: String) -> String { text.isEmpty ? "" : " (\(text))" }
}

extension PlanDiff: CustomStringConvertible {
    /// The whole diff as plain text: a heading per part, one line per change.
    public var description: String {
        parts.map { part in ([part.title] + part.lines.map { "  - " + $0 }).joined(separator: "\n") }.joined(separator: "\n\n")
    }
}

import Yams

/// One YAML mapping read against the keys it may have. Unknown keys (with a suggestion) and missing required
/// ones are reported when the reader is made; the typed accessors in `MappingReader+Values.swift` report
/// values of the wrong type. Nothing throws, so one run finds every problem.
struct MappingReader {
    let file: String
    let context: LoadContext
    /// Where the mapping starts: the place for «mangler feltet».
    let location: Location
    /// What the mapping describes, e.g. «systemet «epj»».
    let label: String
    private let required: Set<String>
    private let values: [String: Node]
    /// The keys in the order written, for mappings whose keys are data (a procedure's phases).
    let keys: [Located<String>]

    /// nil (after reporting) when `node` is not a mapping.
    /// `idKey` names the field whose value identifies the mapping in messages («systemet «epj» mangler ...»).
    init?(_ node: Node, file: String, context: LoadContext, subject: Subject, idKey: String? = "id",
          required: [String], optional: [String] = []) {
        self.file = file
        self.context = context
        location = Location(file: file, mark: node.mark)
        guard case .mapping(let mapping) = node else {
            label = subject.indefinite
            context.lint.error("\(subject.indefinite) skal skrives som «nøkkel: verdi»-linjer, men er \(node.shape)",
                               at: location, hint: "se eksemplene i docs/PLAYBOOKS.md")
            return nil
        }
        let allowed = required + optional
        var values: [String: Node] = [:]
        var keys: [Located<String>] = []
        for (keyNode, value) in mapping {
            let key = keyNode.scalar?.string ?? ""
            values[key] = value
            keys.append(Located(value: key, location: Location(file: file, mark: keyNode.mark)))
        }
        self.values = values
        self.keys = keys
        self.required = Set(required)
        let id = idKey.flatMap { values[$0]?.scalar?.string }.flatMap { $0.isEmpty ? nil : $0 }
        label = subject.named(id)

        for key in keys where !allowed.contains(key.value) {
            let valid = "gyldige nøkler her: " + allowed.joined(separator: ", ")
            context.lint.error("ukjent nøkkel «\(key.value)» i \(label)", at: key.location,
                               hint: NearestKey.hint(for: key.value, among: allowed, otherwise: valid))
        }
        for key in required where values[key] == nil {
            context.lint.error("\(label) mangler feltet «\(key)»", at: location,
                               hint: "legg til «\(key): ...»; se docs/PLAYBOOKS.md for hva feltet betyr")
        }
    }

    /// The value of `key`, or nil when absent or written empty (`key:` or `key: ~`).
    /// An empty required field is reported here, so callers only deal with values.
    func node(_ key: String) -> Node? {
        guard let node = values[key] else { return nil }
        if node.isNull {
            if required.contains(key) {
                context.lint.error("feltet «\(key)» i \(label) er tomt", at: Location(file: file, mark: node.mark),
                                   hint: "skriv en verdi etter «\(key):»")
            }
            return nil
        }
        return node
    }

    func has(_ key: String) -> Bool { values[key] != nil }

    /// Absent, written empty, or `[]`. Reports nothing: for rules that need at least one item.
    func isBlank(_ key: String) -> Bool {
        guard let node = values[key] else { return true }
        return node.isNull || node.sequence?.isEmpty == true
    }

    /// Written as `[]`. Reports nothing: an empty value (`key:`) is reported by `node`.
    func isEmptyList(_ key: String) -> Bool { values[key]?.sequence?.isEmpty == true }

    /// Where `key` is written, or the mapping itself when it is not.
    func keyLocation(_ key: String) -> Location {
        keys.first { $0.value == key }?.location ?? location
    }

    /// The mapping written under `key`, read against its own keys and named in messages as «`key`» of this one;
    /// nil when absent, or (after reporting) when not a mapping.
    func mapping(_ key: String, required: [String], optional: [String] = []) -> MappingReader? {
        node(key).flatMap { node in
            let name = "«\(key)» for \(label)"
            return MappingReader(node, file: file, context: context, subject: Subject(definite: name, indefinite: name), idKey: nil,
                                 required: required, optional: optional)
        }
    }

    /// The mappings listed under `key`, each read against its own keys: the shape of every register file.
    func items(_ key: String, subject: Subject, idKey: String? = "id",
               required: [String], optional: [String] = []) -> [MappingReader] {
        list(key).compactMap {
            MappingReader($0, file: file, context: context, subject: subject, idKey: idKey,
                          required: required, optional: optional)
        }
    }
}

extension Node {
    /// `key:` with nothing after it, or `~`/`null` unquoted.
    var isNull: Bool { isTagged(.null) }

    /// The type YAML resolved the node to (quoted scalars are always text).
    func isTagged(_ name: Tag.Name) -> Bool { tag.rawValue == name.rawValue }

    /// «tekst «x»», «en liste», for messages about the wrong shape.
    var shape: String {
        switch self {
        case .scalar(let scalar): isNull ? "tomt" : "teksten «\(scalar.string)»"
        case .sequence: "en liste"
        case .mapping: "en mapping («nøkkel: verdi»-linjer)"
        case .alias: "et alias"
        }
    }
}

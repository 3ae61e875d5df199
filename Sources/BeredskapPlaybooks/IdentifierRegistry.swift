/// Every id defined and every id referred to, so duplicates and dangling references are found across files
/// once everything has been read.
final class IdentifierRegistry {
    private struct Key: Hashable {
        var kind: Kind
        var scope: String
        var id: String
    }

    private struct Reference {
        var key: Key
        var id: Located<String>
        var field: String
    }

    private let lint: Lint
    private var definitions: [Key: (location: Location, home: Bool)] = [:]
    private var definedInOrder: [Kind: [String]] = [:]
    private var references: [Reference] = []
    /// Kinds whose file could not be read: every reference to them would dangle, and the file's own error says why.
    private var unavailable: Set<Kind> = []

    init(lint: Lint) { self.lint = lint }

    /// Records a definition; a second one with the same id is an error at the copy, pointing at the first.
    /// `home`: this definition is where the id belongs (a procedure in the file named after its id), so when a
    /// copy was read before it (`a-kopi.yaml` before `epj.yaml`), the copy is the one blamed.
    /// `scope` separates namespaces that may repeat ids, such as step ids in different procedures.
    func define(_ kind: Kind, _ id: Located<String>, scope: String = "", home: Bool = false) {
        let key = Key(kind: kind, scope: scope, id: id.value)
        if let first = definitions[key] {
            let (copy, original) = home && !first.home ? (first.location, id.location) : (id.location, first.location)
            lint.error("\(kind.subject.definite) «\(id.value)» er definert flere ganger", at: copy,
                       hint: "\(home && !first.home ? "originalen er" : "første gang") i \(original.shortDescription); "
                           + "gi kopien en ny id, eller fjern den")
            return
        }
        definitions[key] = (id.location, home)
        definedInOrder[kind, default: []].append(id.value)
    }

    /// Records a reference from `field`, checked by `reportUnknown()` once every file is read.
    func refer(to kind: Kind, _ id: Located<String>, from field: String) {
        references.append(Reference(key: Key(kind: kind, scope: "", id: id.value), id: id, field: field))
    }

    func markUnavailable(_ kind: Kind) {
        unavailable.insert(kind)
    }

    func reportUnknown() {
        for reference in references where definitions[reference.key] == nil && !unavailable.contains(reference.key.kind) {
            let kind = reference.key.kind
            let fallback = "legg til \(kind.subject.indefinite) med denne id-en i \(kind.home), eller rett id-en"
            let hint = NearestKey.hint(for: reference.id.value, among: definedInOrder[kind] ?? [], otherwise: fallback)
            lint.error("«\(reference.field)» viser til ukjent \(kind.noun) «\(reference.id.value)»",
                       at: reference.id.location, hint: hint)
        }
    }
}

/// The shape every register file shares: a mapping with one list of entries under a single key.
extension YAMLFile {
    func entries(_ listKey: String, kind: Kind, idKey: String = "id", required: [String], optional: [String] = [],
                 context: LoadContext) -> [MappingReader] {
        guard let top = topLevel(required: [listKey], context: context) else {
            context.registry.markUnavailable(kind)
            return []
        }
        return top.items(listKey, subject: kind.subject, idKey: idKey, required: required, optional: optional)
    }

    /// The file's top-level mapping, which must have exactly these keys. A file that is one entry (a procedure)
    /// names itself by its id.
    func topLevel(required: [String], optional: [String] = [], kind: Kind? = nil, context: LoadContext) -> MappingReader? {
        let subject = kind?.subject ?? Subject(definite: "filen", indefinite: "filen")
        return MappingReader(root, file: path, context: context, subject: subject, idKey: kind == nil ? nil : "id",
                             required: required, optional: optional)
    }
}

import BeredskapCore
import Yams

/// `skjema.yaml`: paper forms for løpende registrering while systems are down (factsheet 2f). A clinical form is a
/// patient record: its identity fields are printed at the top and filled in by hand, never in Beredskap.
enum FormsSection {
    static func read(_ file: YAMLFile, context: LoadContext) -> [FormDefinition] {
        file.entries("forms", kind: .form, required: ["id", "title", "serial_prefix", "patient", "fields"],
                     context: context).compactMap { item in
            let id = item.identifier(.form)
            let title = item.string("title")
            let prefix = serialPrefix(item)
            let patient = item.choice("patient", PatientIdentity.self)
            let fields = item.list("fields").compactMap { field($0, in: item) }
            guard let id, let title, let prefix, let patient else { return nil }
            let hashed = [title, prefix, patient.value.rawValue] + fields.map { "\($0.label) \($0.size.rawValue)" }
            return FormDefinition(id: FormTypeID(id.value), title: title, serialPrefix: SerialPrefix(prefix), patient: patient.value,
                                  fields: fields, contentHash: ContentHash.of(hashed))
        }
    }

    /// A field: its label, or `{label, size}` with a size from kryss, kort, linje, stor.
    private static func field(_ node: Node, in form: MappingReader) -> FormField? {
        if case .scalar = node { return form.scalarText(node, field: "fields").map { FormField($0.value) } }
        guard let reader = MappingReader(node, file: form.file, context: form.context,
                                         subject: Subject(definite: "feltet", indefinite: "et felt"), idKey: "label",
                                         required: ["label"], optional: ["size"]) else { return nil }
        guard let label = reader.string("label") else { return nil }
        return FormField(label, size: reader.choice("size", FormField.Size.self)?.value ?? .line)
    }

    /// 1-6 of A-Z and 0-9, unique across forms: the prefix is what tells `EPJ-0007` from `LAB-0007` on paper.
    private static func serialPrefix(_ item: MappingReader) -> String? {
        guard let prefix = item.text("serial_prefix") else { return nil }
        let valid = (1...6).contains(prefix.value.count)
            && prefix.value.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) || ("0"..."9").contains($0) }
        guard valid else {
            item.context.lint.error("serieprefikset «\(prefix.value)» i \(item.label) er ugyldig", at: prefix.location,
                                    hint: "bruk 1–6 tegn A–Z og 0–9, f.eks. «\(suggestion(for: prefix.value))»")
            return nil
        }
        item.context.registry.define(.serialPrefix, prefix)
        return prefix.value
    }

    private static func suggestion(for prefix: String) -> String {
        let kept = prefix.uppercased().unicodeScalars.filter { ("A"..."Z").contains($0) || ("0"..."9").contains($0) }
        let text = String(String.UnicodeScalarView(kept.prefix(6)))
        return text.isEmpty ? "SKJ" : text
    }
}

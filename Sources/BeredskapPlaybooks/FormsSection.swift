import BeredskapCore

/// `skjema.yaml`: paper forms for løpende registrering while systems are down (factsheet 2f).
enum FormsSection {
    /// Field wording that asks for who the patient is. The paper form carries a serial number instead;
    /// identity is linked in the journal when the system is back (Normen 2.3, 5.5.4: data minimisation).
    static let identityWords = [
        "fødselsnummer", "personnummer", "d-nummer", "pasientnavn", "navn på pasient", "pasientens navn",
    ]

    static func read(_ file: YAMLFile, context: LoadContext) -> [FormDefinition] {
        file.entries("forms", kind: .form, required: ["id", "title", "serial_prefix", "fields"],
                     context: context).compactMap { item in
            let id = item.identifier(.form)
            let title = item.string("title")
            let prefix = serialPrefix(item)
            let fields = item.texts("fields")
            fields.forEach { checkIdentity($0, in: item) }
            guard let id, let title, let prefix else { return nil }
            return FormDefinition(id: FormTypeID(id.value), title: title, serialPrefix: SerialPrefix(prefix), fields: fields.map(\.value),
                                  contentHash: ContentHash.of([title, prefix] + fields.map(\.value)))
        }
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

    private static func checkIdentity(_ field: Located<String>, in item: MappingReader) {
        let lowered = field.value.lowercased()
        guard let word = identityWords.first(where: { lowered.contains($0) }) else { return }
        item.context.lint.error("feltet «\(field.value)» i \(item.label) ber om pasientens identitet («\(word)»)",
                                at: field.location,
                                hint: "papirskjemaet skal bare ha løpenummeret; identiteten kobles i journalen senere "
                                    + "(Normen 2.3 og 5.5.4, dataminimering)")
    }
}

import BeredskapCore

/// `maler.yaml`: prepared messages to patients, staff and authorities (factsheet 2i).
enum TemplatesSection {
    /// Filled from the incident, never from a patient: the set is closed so no template can carry health data.
    static let placeholders = MessageTemplate.placeholders

    static func read(_ file: YAMLFile, context: LoadContext) -> [MessageTemplate] {
        file.entries("templates", kind: .template, required: ["id", "audience", "title", "text"],
                     context: context).compactMap { item in
            let id = item.identifier(.template)
            let audience = item.choice("audience", Audience.self)
            let title = item.text("title")
            let text = item.text("text")
            [title, text].compactMap { $0 }.forEach { checkPlaceholders($0, in: item) }
            title.map { IdentityWording.check($0, in: item, field: "title") }
            text.map { IdentityWording.check($0, in: item, field: "text") }
            guard let id, let audience, let title, let text else { return nil }
            return MessageTemplate(id: TemplateID(id.value), audience: audience.value, title: title.value, text: text.value)
        }
    }

    /// Every `{name}` in the text must be one of `placeholders`.
    private static func checkPlaceholders(_ text: Located<String>, in item: MappingReader) {
        for name in placeholderNames(in: text.value) where !placeholders.contains(name) {
            let list = placeholders.map { "{\($0)}" }.joined(separator: " ")
            item.context.lint.error("ukjent plassholder «{\(name)}» i \(item.label)", at: text.location,
                                    hint: NearestKey.nearest(to: name, among: placeholders).map { "mente du «{\($0)}»?" }
                                        ?? "tillatte plassholdere: \(list)")
        }
    }

    /// The text between each `{` and the next `}`.
    static func placeholderNames(in text: String) -> [String] {
        var names: [String] = []
        var rest = text[...]
        while let open = rest.firstIndex(of: "{"),
              let close = rest[open...].firstIndex(of: "}") {
            names.append(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }
}

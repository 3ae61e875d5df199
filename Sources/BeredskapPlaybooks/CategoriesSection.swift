import BeredskapCore

/// `kategorier.yaml`: hendelseskategorier with their damage-limitation measures (factsheet 2c, 2g)
/// the external bodies to notify (2d), and the bodies to consider notifying, each needing a recorded decision.
enum CategoriesSection {
    static func read(_ file: YAMLFile, context: LoadContext) -> [CategoryDefinition] {
        file.entries("categories", kind: .category, required: ["id", "name", "description", "measures"],
                     optional: ["notify", "consider", "malicious"], context: context).compactMap { item in
            let id = item.identifier(.category)
            let name = item.string("name")
            let description = item.string("description")
            let measures = item.texts("measures").map(\.value)
            let notify = item.notifyRules()
            let consider = item.references(.contact, "consider").map { ContactID($0.value) }
            guard let id, let name, let description else { return nil }
            return CategoryDefinition(id: CategoryID(id.value), name: name, description: description,
                                      measures: measures, notify: notify, consider: consider, malicious: item.bool("malicious") ?? false)
        }
    }
}

import BeredskapCore

/// `kategorier.yaml`: hendelseskategorier with their damage-limitation measures (factsheet 2c, 2g)
/// and the external bodies to notify (2d).
enum CategoriesSection {
    static func read(_ file: YAMLFile, context: LoadContext) -> [CategoryDefinition] {
        file.entries("categories", kind: .category, required: ["id", "name", "description", "measures"],
                     optional: ["notify"], context: context).compactMap { item in
            let id = item.identifier(.category)
            let name = item.string("name")
            let description = item.string("description")
            let measures = item.texts("measures").map(\.value)
            let notify = item.notifyRules()
            guard let id, let name, let description else { return nil }
            return CategoryDefinition(id: CategoryID(id.value), name: name, description: description,
                                      measures: measures, notify: notify)
        }
    }
}

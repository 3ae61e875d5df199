import BeredskapCore

/// `roller.yaml`: the krisestab roles and their checklists (factsheet 2e).
enum RolesSection {
    static func read(_ file: YAMLFile, context: LoadContext) -> [RoleDefinition] {
        file.entries("roles", kind: .role, required: ["id", "name", "description", "checklist"],
                     context: context).compactMap { item in
            let id = item.identifier(.role)
            let name = item.string("name")
            let description = item.string("description")
            let checklist = item.texts("checklist").map(\.value)
            guard let id, let name, let description else { return nil }
            return RoleDefinition(id: RoleID(id.value), name: name, description: description, checklist: checklist)
        }
    }
}

import BeredskapCore

/// A system as read, with what the graph checks need even when the entry itself is incomplete.
struct SystemRecord {
    var id: Located<String>
    var classID: String?
    /// The system's own max outage, when the register sets one; it must be stricter than its class's.
    var maxOutage: Located<Minutes>?
    var dependencies: [Located<String>]
    var listsProcedures: Bool
    /// nil when a required field is missing or invalid (already reported).
    var entry: SystemEntry?
}

/// `systemer.yaml`: the systems register (factsheet 1b, 1c).
enum SystemsSection {
    static func read(_ file: YAMLFile, context: LoadContext) -> [SystemRecord] {
        file.entries("systems", kind: .system, required: ["id", "name", "class", "owner"],
                     optional: ["vendor", "depends_on", "procedures", "max_outage"], context: context).compactMap { item in
            let id = item.identifier(.system)
            let name = item.string("name")
            let classID = item.reference(.criticalityClass, "class")
            let owner = item.string("owner")
            let vendor = item.reference(.contact, "vendor")
            let dependencies = item.references(.system, "depends_on")
            let procedures = item.references(.procedure, "procedures")
            let maxOutage = item.duration("max_outage")
            guard let id else { return nil }
            var entry: SystemEntry?
            if let name, let classID, let owner {
                entry = SystemEntry(id: SystemID(id.value), name: name, classID: classID.value, owner: owner,
                                    vendor: vendor.map { ContactID($0.value) },
                                    dependsOn: dependencies.map { SystemID($0.value) }, procedures: procedures.map(\.value),
                                    maxOutage: maxOutage)
            }
            return SystemRecord(id: id, classID: classID?.value, maxOutage: item.text("max_outage").flatMap { text in
                                    maxOutage.map { Located(value: $0, location: text.location) } },
                                dependencies: dependencies,
                                listsProcedures: !procedures.isEmpty, entry: entry)
        }
    }
}

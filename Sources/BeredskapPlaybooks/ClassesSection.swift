import BeredskapCore

/// `kritikalitet.yaml`: Normen 5.9's criticality classes, each with the max outage management accepts.
enum ClassesSection {
    static func read(_ file: YAMLFile, context: LoadContext) -> [CriticalityClass] {
        file.entries("classes", kind: .criticalityClass,
                     required: ["id", "name", "description", "rank", "max_outage"], context: context).compactMap { item in
            let id = item.identifier(.criticalityClass)
            let name = item.string("name")
            let description = item.string("description")
            let rank = item.positiveInteger("rank")
            let maxOutage = item.duration("max_outage")
            guard let id, let name, let description, let rank, let maxOutage else { return nil }
            return CriticalityClass(id: id.value, name: name, description: description, rank: rank, maxOutage: maxOutage)
        }
    }
}

import BeredskapCore

/// Checks on the dependency graph of the systems register (factsheet 1c, Normen 5.9).
enum DependencyRules {
    static func check(_ systems: [SystemRecord], classes: [CriticalityClass], lint: Lint) {
        var byID: [String: SystemRecord] = [:]
        for system in systems where byID[system.id.value] == nil { byID[system.id.value] = system }
        checkCriticality(systems, byID: byID, classes: classes, lint: lint)
        CycleSearch(order: systems.map(\.id.value), byID: byID, lint: lint).run()
    }

    /// Normen 5.9: what a system depends on must be classified at least as critically as the system itself,
    /// or the dependency's outage quietly breaks the max outage promised for the system.
    private static func checkCriticality(_ systems: [SystemRecord], byID: [String: SystemRecord],
                                         classes: [CriticalityClass], lint: Lint) {
        func rankedClass(_ id: String?) -> CriticalityClass? { classes.first { $0.id == id } }
        for system in systems {
            guard let own = rankedClass(system.classID) else { continue }
            if let stricter = system.maxOutage, stricter.value >= own.maxOutage {
                lint.error("\(system.id.value) har «max_outage» \(stricter.value), som ikke er strengere enn klassen \(own.id) "
                           + "(\(own.maxOutage))", at: stricter.location,
                           hint: "sett en kortere tid enn klassens, eller fjern «max_outage» så klassens gjelder")
            }
            for dependency in system.dependencies {
                guard let other = rankedClass(byID[dependency.value]?.classID), other.rank > own.rank else { continue }
                lint.error("\(system.id.value) (klasse \(own.id)) avhenger av \(dependency.value) (klasse \(other.id)): "
                           + "en avhengighet må ha minst samme kritikalitet", at: dependency.location,
                           hint: "gi \(dependency.value) klasse \(own.id) eller en mer kritisk klasse i systemer.yaml "
                               + "(Normen 5.9), eller fjern avhengigheten")
            }
        }
    }
}

/// Depth-first search that reports each dependency cycle once, named in order at the edge that closes it.
private struct CycleSearch {
    let order: [String]
    let byID: [String: SystemRecord]
    let lint: Lint

    private enum Mark { case visiting, done }

    func run() {
        var marks: [String: Mark] = [:]
        var path: [String] = []
        var reported: Set<[String]> = []
        for id in order where marks[id] == nil {
            visit(id, marks: &marks, path: &path, reported: &reported)
        }
    }

    private func visit(_ id: String, marks: inout [String: Mark], path: inout [String], reported: inout Set<[String]>) {
        marks[id] = .visiting
        path.append(id)
        for dependency in byID[id]?.dependencies ?? [] where byID[dependency.value] != nil {
            switch marks[dependency.value] {
            case .visiting:
                let cycle = Array(path[path.lastIndex(of: dependency.value)!...])
                if reported.insert(canonical(cycle)).inserted {
                    let named = (cycle + [dependency.value]).joined(separator: " → ")
                    lint.error("avhengighetene går i ring: \(named)", at: dependency.location,
                               hint: "fjern en av avhengighetene; et system kan ikke være avhengig av seg selv, heller ikke via andre")
                }
            case .done:
                continue
            case nil:
                visit(dependency.value, marks: &marks, path: &path, reported: &reported)
            }
        }
        path.removeLast()
        marks[id] = .done
    }

    /// The same ring found from another starting point is the same problem.
    private func canonical(_ cycle: [String]) -> [String] {
        let start = cycle.indices.min { cycle[$0] < cycle[$1] }!
        return Array(cycle[start...] + cycle[..<start])
    }
}

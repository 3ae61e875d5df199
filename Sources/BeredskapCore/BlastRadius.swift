extension Organisation {
    /// Every system that depends, directly or through others, on one of `systems`: what else stops when they stop.
    /// Sorted by id; the given systems themselves are not included.
    public func blastRadius(of systems: [SystemID]) -> [SystemID] {
        var dependants: [SystemID: [SystemID]] = [:]
        for system in self.systems {
            for dependency in system.dependsOn { dependants[dependency, default: []].append(system.id) }
        }
        var reached = Set(systems)
        var queue = systems
        while let next = queue.popLast() {
            for dependant in dependants[next] ?? [] where reached.insert(dependant).inserted {
                queue.append(dependant)
            }
        }
        return reached.subtracting(systems).sorted()
    }

    /// The strictest max outage time among these systems (a system's own when stricter than its class's), and the
    /// most critical class rank, from the register.
    public func strictest(_ systems: [SystemID]) -> (maxOutage: Minutes?, rank: Int?) {
        let classes = systems.compactMap { self.system($0).flatMap { criticalityClass($0.classID) } }
        return (systems.compactMap(maxOutage(of:)).min(), classes.map(\.rank).min())
    }
}

import Foundation

extension ManagementReport {
    /// An incident of a category the playbooks mark `malicious` (ondsinnet programvare, angrep): what factsheet 12
    /// asks the report to say of it: the measures taken and their results, and the preventive measures proposed.
    public struct ResponseLine: Sendable, Equatable, Encodable {
        public var incident: IncidentID
        /// The incident's title; nil in the supervisory edition.
        public var title: String?
        public var category: String
        /// The category's damage-limitation measures ticked, in the playbooks' order, and how many it has.
        public var measuresTaken: [String]
        public var measuresInPlan: Int
        /// Where it ended: the phase, control confirmed, restored, and the closing summary (nil in the supervisory edition).
        public var phase: Phase
        public var controlConfirmed: Bool
        public var restoredAfter: TimeInterval?
        public var outcome: String?
        /// The evaluation's corrective actions: the preventive measures proposed.
        public var proposed: [String]
    }

    /// The period's incidents in a `malicious` category, in the order detected.
    static func responses(_ state: State, in period: [Incident]) -> [ResponseLine] {
        period.compactMap { incident in
            guard let categoryID = incident.triage?.category, let category = state.organisation.category(categoryID),
                  category.malicious else { return nil }
            let ticked = incident.completedMeasures[categoryID] ?? [:]
            return ResponseLine(incident: incident.id, title: incident.title, category: category.name,
                                measuresTaken: category.measures.filter { ticked[$0] != nil }, measuresInPlan: category.measures.count,
                                phase: incident.phase, controlConfirmed: incident.controlConfirmedAt != nil,
                                restoredAfter: incident.restoredAt?.timeIntervalSince(incident.detectedAt),
                                outcome: incident.closed?.summary, proposed: incident.evaluation?.actions.map(\.text) ?? [])
        }
    }

    /// The supervisory edition: no titles or summaries, which may name systems and places.
    var redactedResponses: [ResponseLine] {
        responses.map { line in
            var hidden = line
            hidden.title = nil
            hidden.outcome = nil
            return hidden
        }
    }
}

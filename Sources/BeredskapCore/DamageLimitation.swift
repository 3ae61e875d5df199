import Foundation

/// A damage-limitation measure of the incident's category ticked off (factsheet 2g). The journal keeps the
/// measure's text as well as its place in the list, so the line still says what was done after the playbooks change.
public struct MeasureCompleted: EventPayload {
    public static let type = "damage-limitation.completed"
    public var body: EventBody { .measureCompleted(self) }
    public var category: CategoryID
    /// The measure's index in the category's `measures`, from 0, when it was ticked.
    public var measure: Int
    public var text: String
    public init(category: CategoryID, measure: Int, text: String) {
        self.category = category
        self.measure = measure
        self.text = text
    }
}

extension Decision {
    /// Ticks measure number `index` of the incident's category: the incident must be triaged with that category.
    mutating func completeMeasure(_ id: IncidentID, category: CategoryID, index: Int) throws(Refusal) {
        let incident = try lookup(id, for: "kvitter ut tiltak", in: Phase.open)
        func name(_ id: CategoryID) -> String { organisation.category(id)?.name ?? id.rawValue }
        guard incident.triage?.category == category else {
            throw .measureNotForCategory(name(category), incidentCategory: incident.triage.map { name($0.category) })
        }
        guard let measures = organisation.category(category)?.measures, measures.indices.contains(index) else {
            throw .unknownCategoryMeasure(name(category), index: index)
        }
        let text = measures[index]
        guard incident.completedMeasures[category]?[text] == nil else { throw .measureAlreadyCompleted(text) }
        emit(id, .measureCompleted(MeasureCompleted(category: category, measure: index, text: text)))
    }
}

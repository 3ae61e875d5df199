import BeredskapCore
import Foundation

/// One damage-limitation measure of the incident's category (factsheet 2g), with who ticked it and when.
public struct MeasureItem: Equatable, Sendable {
    public var category: CategoryID
    /// The measure's index in the category's list, from 0.
    public var index: Int
    public var text: String
    public var tick: StepTick?

    public var done: Bool { tick != nil }
}

/// One row of the Sjekkliste screen: a step of the phase, or, below the steps, the heading and the
/// damage-limitation measures of the incident's category, which stand for the whole response.
public enum ChecklistRow: Equatable, Sendable {
    case step(ChecklistItem)
    /// «Skadebegrensende tiltak (2g)» with the category's name.
    case measuresHeading(category: String)
    case measure(MeasureItem)

    /// The rows for an incident: its phase's steps, then its category's measures once it has been triaged.
    public static func of(_ incident: Incident, in organisation: Organisation, now: Date) -> [ChecklistRow] {
        let steps = ChecklistItems.of(incident, in: organisation, now: now).map(ChecklistRow.step)
        guard incident.phase.isOpen, let id = incident.triage?.category, let category = organisation.category(id),
              !category.measures.isEmpty else { return steps }
        let ticks = incident.completedMeasures[id] ?? [:]
        let measures = category.measures.enumerated().map { index, text in
            ChecklistRow.measure(MeasureItem(category: id, index: index, text: text, tick: ticks[text]))
        }
        return steps + [.measuresHeading(category: category.name)] + measures
    }
}

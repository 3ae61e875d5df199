import Foundation

/// Normen 5.8.1: «Ved gjentatte avvik skal det gjennomføres ny risikovurdering.» An avvik repeats an earlier one
/// when both concern the same system in the register and have the same cause category (a hendelseskategori), and
/// the earlier one was registered within the twelve months before it. Free text is never compared: «EPJ nede» and
/// «journalen utilgjengelig» are the same repeat only when someone has said so with the system and the category.
public struct DeviationRepeat: Sendable, Equatable, Encodable {
    /// An earlier avvik and the day it was registered.
    public struct Earlier: Sendable, Equatable, Encodable {
        public var id: DeviationID
        public var day: String
    }

    /// The earlier avvik, oldest first.
    public var earlier: [Earlier]
    /// The system's name (its class in the management report's supervisory edition).
    public var system: String
    public var cause: String
    /// The system's risk assessment from the register, the one to look at again.
    public var riskAssessment: String?

    /// «vurder ny risikovurdering», with the earlier avvik named: the one wording the console, the command line,
    /// the status and the management report share.
    public var warning: String {
        "Gjentatt avvik: samme system og årsak som \(Count.list(earlier.map { "\($0.id) (\($0.day))" })), innen 12 måneder: "
            + "\(system), \(cause); vurder ny risikovurdering (Normen 5.8.1)" + (riskAssessment.map { ". Gjeldende: \($0)" } ?? "") + "."
    }
}

extension State {
    /// The earlier avvik this one repeats, oldest first; empty when it names no system or no cause category.
    public func earlierRepeats(of deviation: Deviation) -> [Deviation] {
        guard let system = deviation.report.system, let category = deviation.report.category,
              let position = deviations.firstIndex(where: { $0.id == deviation.id }),
              let start = Timestamps.calendar(organisation.timeZone).date(byAdding: .month, value: -12, to: deviation.registeredAt)
        else { return [] }
        return deviations.enumerated().filter { index, other in
            other.report.system == system && other.report.category == category && other.registeredAt >= start
                // Earlier in time; at the same instant, earlier in the journal.
                && (other.registeredAt, index) < (deviation.registeredAt, position)
        }.map(\.element)
    }

    /// What makes the avvik a repeat, by name; nil when it repeats none.
    public func repeatOf(_ deviation: Deviation) -> DeviationRepeat? {
        let earlier = earlierRepeats(of: deviation)
        guard !earlier.isEmpty, let systemID = deviation.report.system, let categoryID = deviation.report.category else { return nil }
        let system = organisation.system(systemID)
        return DeviationRepeat(earlier: earlier.map { .init(id: $0.id, day: Timestamps.day($0.registeredAt, timeZone: organisation.timeZone)) },
                               system: system?.name ?? systemID.rawValue,
                               cause: organisation.category(categoryID)?.name ?? categoryID.rawValue,
                               riskAssessment: system?.riskAssessment)
    }

    /// `repeatOf(deviation)?.warning`.
    public func repeatWarning(for deviation: Deviation) -> String? { repeatOf(deviation)?.warning }
}

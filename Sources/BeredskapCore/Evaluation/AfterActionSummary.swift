import Foundation

/// What a director reads first in an exercise's after-action report: how many expected actions were met, partly
/// met, not met or never assessed, and the injects left out with the reasons.
public struct ExpectationTotals: Sendable, Equatable {
    public var met = 0
    public var partly = 0
    public var notMet = 0
    public var notAssessed = 0

    public var total: Int { met + partly + notMet + notAssessed }

    init(_ results: [ExpectationResult]) {
        for result in results {
            switch result.assessment?.rating {
            case .met: met += 1
            case .partly: partly += 1
            case .notMet: notMet += 1
            case nil: notAssessed += 1
            }
        }
    }
}

/// Someone who took part, by name: the krisestab roles they were appointed to and how many journal lines they wrote.
public struct ReportParticipant: Sendable, Equatable {
    public var name: String
    public var roles: [RoleID]
    public var entries: Int
    /// The exercise's facilitator (øvingsleder), who started it.
    public var isFacilitator: Bool
}

/// One of the scenario's hot-wash questions with the answers given to it.
public struct AnsweredQuestion: Sendable, Equatable {
    /// From 1, as the facilitator names it.
    public var number: Int
    public var question: String
    public var answers: [HotWashNote]
}

extension Exercise {
    public var expectationTotals: ExpectationTotals { ExpectationTotals(expectationResults) }

    /// The injects left out, in the scenario's order, with the facilitator's reason.
    public var skippedInjects: [(inject: Inject, reason: String)] {
        scenario.injects.compactMap { inject in skips[inject.id].map { (inject, $0) } }
    }

    /// Every question of the scenario, in its order, with the answers noted so far.
    public func answeredQuestions(_ notes: [HotWashNote]) -> [AnsweredQuestion] {
        scenario.questions.enumerated().map { offset, question in
            AnsweredQuestion(number: offset + 1, question: question,
                             answers: notes.filter { $0.kind == .answer && $0.incident == nil && $0.question == offset + 1 })
        }
    }
}

extension ReportParticipant {
    /// Everyone appointed to a role or writing a line among `events`, in order of first appearance; names that
    /// differ only in case or surrounding spaces are one person.
    static func all(in events: [Event], facilitator: OperatorName?) -> [ReportParticipant] {
        var people: [ReportParticipant] = []
        func index(_ name: String) -> Int {
            if let found = people.firstIndex(where: { State.samePerson($0.name, name) }) { return found }
            people.append(ReportParticipant(name: name, roles: [], entries: 0,
                                            isFacilitator: facilitator.map { State.samePerson($0.rawValue, name) } ?? false))
            return people.count - 1
        }
        for event in events {
            people[index(event.operatorName.rawValue)].entries += 1
            if case .roleAssigned(let p) = event.body {
                let i = index(p.person)
                if !people[i].roles.contains(p.role) { people[i].roles.append(p.role) }
            }
        }
        return people
    }
}

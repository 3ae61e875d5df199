import Foundation

/// A corrective action in the improvement plan, e.g. `F3`: numbered across the journal in the order recorded.
public struct CorrectiveActionID: StringIdentifier { public let rawValue: String; public init(rawValue: String) { self.rawValue = rawValue } }

/// What a hot-wash note is: the two questions of every hot wash, what went well and what should be better, or an
/// answer to one of the exercise scenario's own discussion questions.
public enum HotWashKind: String, Codable, Sendable, CaseIterable {
    case strength = "styrke"
    case improvement = "forbedring"
    case answer = "svar"

    /// The heading in the after-action report.
    public var heading: String {
        switch self {
        case .strength: "Styrker"
        case .improvement: "Forbedringsområder"
        case .answer: "Spørsmål og svar"
        }
    }
}

/// One point from the hot wash straight after an exercise or an incident: a strength or an area for improvement.
/// In the envelope: the incident it is about, or none for the exercise itself. An answer names the scenario's
/// question it answers, by its number from 1.
public struct HotWashNoted: EventPayload {
    public static let type = "evaluation.hot-wash-noted"
    public var body: EventBody { .hotWashNoted(self) }
    public var kind: HotWashKind
    public var text: String
    public var question: Int?
    public init(kind: HotWashKind, text: String, question: Int? = nil) {
        self.kind = kind
        self.text = text
        self.question = question
    }
}

/// A corrective action is done (or no longer needed), with what was done: it leaves the open list.
public struct CorrectiveActionClosed: EventPayload {
    public static let type = "evaluation.action-closed"
    public var body: EventBody { .correctiveActionClosed(self) }
    public var action: CorrectiveActionID
    public var note: String
    public init(action: CorrectiveActionID, note: String) {
        self.action = action
        self.note = note
    }
}

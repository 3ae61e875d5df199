import Foundation

/// Someone must be notified (varsling, factsheet 2c/2d), by a deadline.
public struct NotificationRequired: EventPayload {
    public static let type = "notification.required"
    public var body: EventBody { .notificationRequired(self) }
    public var duty: DutyID
    /// Who is to be notified, as shown: a role, an organisation, a name.
    public var recipient: String
    public var contact: ContactID?
    public var due: Date?
    /// A mandatory notification must be done, or declined with a reason, before the incident can close.
    public var mandatory: Bool
    public init(duty: DutyID, recipient: String, contact: ContactID? = nil, due: Date?, mandatory: Bool) {
        self.duty = duty
        self.recipient = recipient
        self.contact = contact
        self.due = due
        self.mandatory = mandatory
    }
}

/// How one call went.
public enum CallOutcome: String, Codable, Sendable, CaseIterable {
    case reached = "nådd"
    case noAnswer = "ikke-svar"
    case leftMessage = "beskjed-lagt-igjen"
    case willCallBack = "ringer-tilbake"

    /// Only reaching the person fulfils the duty.
    public var fulfils: Bool { self == .reached }

    /// How people say it: «ikke svar», not the journal's «ikke-svar».
    public var word: String {
        switch self {
        case .reached: "nådd"
        case .noAnswer: "ikke svar"
        case .leftMessage: "beskjed lagt igjen"
        case .willCallBack: "ringer tilbake"
        }
    }
}

/// One attempt at a notification.
public struct CallAttempted: EventPayload {
    public static let type = "notification.attempt"
    public var body: EventBody { .callAttempted(self) }
    public var duty: DutyID
    public var outcome: CallOutcome
    /// The number dialled, when it was a call.
    public var number: String?
    public var note: String?
    public init(duty: DutyID, outcome: CallOutcome, number: String? = nil, note: String? = nil) {
        self.duty = duty
        self.outcome = outcome
        self.number = number
        self.note = note
    }
}

/// A decision not to notify, with the reason (kept as evidence).
public struct NotificationDeclined: EventPayload {
    public static let type = "notification.declined"
    public var body: EventBody { .notificationDeclined(self) }
    public var duty: DutyID
    public var reason: String
    public init(duty: DutyID, reason: String) {
        self.duty = duty
        self.reason = reason
    }
}

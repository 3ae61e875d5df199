import Foundation

/// A message to patients, staff or authorities (factsheet 2i), in the order drafted, approved and sent.
public struct MessageID: StringIdentifier { public let rawValue: String; public init(rawValue: String) { self.rawValue = rawValue } }

/// A message is drafted from a template, filled from the incident.
public struct MessageDrafted: EventPayload {
    public static let type = "message.drafted"
    public var body: EventBody { .messageDrafted(self) }
    public var message: MessageID
    public var template: TemplateID
    public var audience: Audience
    /// Who it is for, as a group or a body (never a patient).
    public var recipients: String
    public var text: String
    public init(message: MessageID, template: TemplateID, audience: Audience, recipients: String, text: String) {
        self.message = message
        self.template = template
        self.audience = audience
        self.recipients = recipients
        self.text = text
    }
}

/// The krisestab lead approves a drafted message; only then may it be sent.
public struct MessageApproved: EventPayload {
    public static let type = "message.approved"
    public var body: EventBody { .messageApproved(self) }
    public var message: MessageID
    public init(message: MessageID) { self.message = message }
}

/// An approved message was sent, by what channel.
public struct MessageSent: EventPayload {
    public static let type = "message.sent"
    public var body: EventBody { .messageSent(self) }
    public var message: MessageID
    public var channel: String
    public init(message: MessageID, channel: String) {
        self.message = message
        self.channel = channel
    }
}

/// A message as the journal tells it.
public struct IncidentMessage: Codable, Sendable, Equatable {
    public var draft: MessageDrafted
    public var approvedBy: OperatorName?
    /// Set when the approval was given by phone and recorded by someone else on the approver's behalf.
    public var verbalApproval: VerbalApproval?
    public var sent: [Sending] = []
    public var id: MessageID { draft.message }

    /// One sending of the message: on which channel, when.
    public struct Sending: Codable, Sendable, Equatable {
        public var channel: String
        public var at: Date
    }
}

import Foundation

/// The krisestab lead approved a message by phone; the scribe records it on the lead's behalf
/// («godkjent muntlig av … kl. HH:MM»). The envelope's operator is who typed it.
public struct MessageApprovedVerbally: EventPayload {
    public static let type = "message.approved-verbally"
    public var body: EventBody { .messageApprovedVerbally(self) }
    public var message: MessageID
    /// The person who gave the approval: the krisestabsleder when it was recorded.
    public var approver: String
    /// When the approval was given.
    public var givenAt: Date
    public init(message: MessageID, approver: String, givenAt: Date) {
        self.message = message
        self.approver = approver
        self.givenAt = givenAt
    }
}

/// How a message approved by phone was recorded: who typed it, and when the approval was given.
public struct VerbalApproval: Codable, Sendable, Equatable {
    public var recordedBy: OperatorName
    public var givenAt: Date
}

extension Decision {
    /// Records an approval given by phone. Only the person holding the krisestabsleder role can have given it.
    mutating func approveMessageVerbally(_ id: IncidentID, _ messageID: MessageID, approver: String, givenAt: Date) throws(Refusal) {
        let message = try approvableMessage(id, messageID)
        try FreeText.require(approver, field: "godkjent av")
        guard let lead = state.roles[approverRole] else { throw .noApprover }
        guard State.samePerson(approver, lead) else { throw .verbalApproverNotLead(named: approver, lead: lead) }
        if organisation.authority[.messageApproval]?.relay == false {
            throw .relayNotAllowed(.messageApproval, roleName: organisation.role(approverRole)?.name ?? approverRole.rawValue)
        }
        guard givenAt <= now else { throw .futureTime(givenAt, organisation.timeZone) }
        emit(id, .messageApprovedVerbally(MessageApprovedVerbally(message: message.id, approver: lead, givenAt: givenAt)))
    }
}

import Foundation

/// Communication (factsheet 2i): drafted from a template, approved by the krisestab lead, then sent.
extension Decision {
    /// The role that approves messages (roller.yaml `decisions.message_approval`; the krisestab lead unless set).
    var approverRole: RoleID { organisation.authority[.messageApproval]?.role ?? .crisisLead }

    mutating func draftMessage(_ id: IncidentID, template templateID: TemplateID, recipients: String, nextUpdate: Date?,
                               contact: String?, text: String?) throws(Refusal) {
            let incident = try lookup(id, for: "lag melding", in: Phase.allCases)
            guard let template = organisation.templates.first(where: { $0.id == templateID }) else {
                throw .unknownTemplate(templateID)
            }
            try FreeText.require(recipients, field: "mottakere")
            try FreeText.check(contact, field: "kontakt")
            let systems = (incident.triage?.systems ?? []).map { organisation.system($0)?.name ?? $0.rawValue }
            let filled = text ?? template.fill(incident: incident, organisation: organisation, level: state.level,
                                               nextUpdate: nextUpdate, contact: contact, systemNames: systems)
            try FreeText.require(filled, field: "meldingstekst")
            emit(id, .messageDrafted(MessageDrafted(message: MessageID("M\(incident.messages.count + 1)"), template: templateID,
                                                    audience: template.audience, recipients: recipients, text: filled)))
    }

    mutating func approveMessage(_ id: IncidentID, _ messageID: MessageID) throws(Refusal) {
            try approvableMessage(id, messageID)
            guard let lead = state.roles[approverRole] else { throw .noApprover }
            guard State.samePerson(lead, command.operatorName.rawValue) else { throw .notTheApprover(lead) }
            emit(id, .messageApproved(MessageApproved(message: messageID)))
    }

    /// A drafted message, not yet approved, with no [bracketed] part left to fill in.
    @discardableResult
    func approvableMessage(_ id: IncidentID, _ messageID: MessageID) throws(Refusal) -> IncidentMessage {
        let message = try draftedMessage(id, messageID)
        guard message.approvedBy == nil else { throw .messageAlreadyApproved(messageID) }
        if let open = message.draft.text.range(of: #"\[[^\]]*\]"#, options: .regularExpression) {
            throw .messageUnfinished(messageID, String(message.draft.text[open]))
        }
        return message
    }

    mutating func sendMessage(_ id: IncidentID, _ messageID: MessageID, channel: String) throws(Refusal) {
            let message = try draftedMessage(id, messageID)
            guard message.approvedBy != nil else { throw .messageNotApproved(messageID) }
            try FreeText.require(channel, field: "kanal")
            emit(id, .messageSent(MessageSent(message: messageID, channel: channel)))
    }

    private func draftedMessage(_ id: IncidentID, _ messageID: MessageID) throws(Refusal) -> IncidentMessage {
        let incident = try lookup(id, for: "melding", in: Phase.allCases)
        guard let message = incident.messages.first(where: { $0.id == messageID }) else { throw .unknownMessage(messageID) }
        return message
    }
}

import Foundation

/// The decisions with more than one guard, and the lookups every decision shares.
extension Decision {
    /// The incident, which must be in one of `phases`.
    @discardableResult
    func lookup(_ id: IncidentID, for action: String, in phases: [Phase]) throws(Refusal) -> Incident {
        guard let incident = state[id] else { throw .unknownIncident(id) }
        guard phases.contains(incident.phase) else {
            if !incident.phase.isOpen, phases.allSatisfy(\.isOpen) { throw .notOpen(id) }
            throw .wrongPhase(id, phase: incident.phase, action: action, allowed: phases)
        }
        return incident
    }

    func openTask(_ id: TaskID, in incident: Incident) throws(Refusal) {
        guard let task = incident.task(id) else { throw .unknownTask(id) }
        guard task.isOpen else { throw .taskNotOpen(id) }
    }

    func outstandingDuty(_ id: DutyID, in incident: Incident) throws(Refusal) {
        guard let duty = incident.duty(id) else { throw .unknownDuty(id) }
        guard duty.isOutstanding else { throw .dutySettled(id) }
    }

    mutating func close(_ id: IncidentID, summary: String, dismissal: String?, level: LevelDecision?,
                        unfinishedReason: String?) throws(Refusal) {
        let allowed: [Phase] = dismissal == nil ? [.reEntry] : [.detected, .triaged]
        let incident = try lookup(id, for: dismissal == nil ? "avslutt" : "avvis", in: allowed)
        try FreeText.require(summary, field: "oppsummering")
        if let dismissal { try FreeText.require(dismissal, field: "begrunnelse for avvisning") }
        let forms = incident.unsettledForms.map(\.serial)
        guard forms.isEmpty else { throw .unsettledForms(id, forms) }
        let duties = incident.outstandingMandatoryDuties.map(\.recipient)
        guard duties.isEmpty else { throw .outstandingNotifications(id, duties) }
        let unfinished = state.unfinishedWork(in: incident)
        let reason = unfinishedReason.flatMap { $0.allSatisfy(\.isWhitespace) ? nil : $0 }
        if !unfinished.isEmpty, reason == nil { throw .unfinishedWork(id, unfinished.map(\.description)) }
        try FreeText.check(reason, field: "begrunnelse for å lukke med åpne punkter")
        let isLastOpen = state.openIncidentIDs == [id]
        if isLastOpen, state.level.isRaised, level == nil { throw .levelDecisionNeeded(state.level) }
        emit(id, .incidentClosed(IncidentClosed(summary: summary, dismissal: dismissal,
                                                unfinished: unfinished.isEmpty ? nil : unfinished.map(\.description),
                                                unfinishedReason: unfinished.isEmpty ? nil : reason)))
        switch level {
        case .lower(let to, let reason):
            guard to != state.level else { throw .sameLevel(to) }
            // Raising is a decision of its own that cites an open incident, never a side effect of closing one.
            guard to < state.level else { throw .raiseWithoutIncident }
            try FreeText.require(reason, field: "begrunnelse for nivå")
            let relayed = try authorise(.level)
            emit(id, .levelChanged(LevelChanged(from: state.level, to: to, reason: reason, incidents: [id], onBehalfOf: relayed)))
        case .keep(let reason):
            try FreeText.require(reason, field: "begrunnelse for nivå")
            emit(id, .levelKept(LevelKept(level: state.level, reason: reason)))
        case nil:
            break
        }
    }

    mutating func setLevel(_ level: ReadinessLevel, reason: String, incidents: [IncidentID]) throws(Refusal) {
        guard level != state.level else { throw .sameLevel(level) }
        try FreeText.require(reason, field: "begrunnelse")
        for id in incidents where state[id] == nil { throw .unknownIncident(id) }
        if level > state.level, !incidents.contains(where: { state[$0]?.phase.isOpen == true }) {
            throw .raiseWithoutIncident
        }
        let relayed = try authorise(.level)
        emit(incidents.count == 1 ? incidents[0] : nil,
             .levelChanged(LevelChanged(from: state.level, to: level, reason: reason, incidents: incidents, onBehalfOf: relayed)))
        if level > state.level, let first = incidents.first(where: { state[$0]?.phase.isOpen == true }) {
            try startLevel(level, in: first)
        }
    }

    mutating func issueForms(_ id: IncidentID, form: FormTypeID, count: Int, issuedTo: String) throws(Refusal) {
        try lookup(id, for: "utlever papirskjema", in: [.detected, .triaged, .responding, .restoring])
        guard let definition = organisation.form(form) else { throw .unknownFormType(form, known: organisation.forms.map(\.id)) }
        let prefix = definition.serialPrefix.rawValue
        guard !prefix.allSatisfy(\.isWhitespace) else { throw .formWithoutPrefix(form) }
        guard (1...500).contains(count) else { throw .formCount(count) }
        try FreeText.require(issuedTo, field: "utlevert til")
        let taken = state.incidents.flatMap(\.forms).filter { $0.serial.rawValue.hasPrefix(prefix + "-") }.count
        let serials = (1...count).map { FormSerial(prefix + "-" + String(format: "%04d", taken + $0)) }
        emit(id, .formsIssued(FormsIssued(form: form, serials: serials, issuedTo: issuedTo)))
    }

    /// Flags a personal-data breach and creates the mandatory Datatilsynet notification, due 72 h after awareness.
    mutating func flagPrivacyBreach(_ id: IncidentID, awareAt: Date, note: String) throws(Refusal) {
        let incident = try lookup(id, for: "marker personvernbrudd", in: Phase.open)
        guard incident.privacyBreachAwareAt == nil else { throw .privacyBreachAlreadyFlagged(id) }
        guard awareAt <= now else { throw .futureTime(awareAt, organisation.timeZone) }
        try FreeText.require(note, field: "beskrivelse")
        let duty = DutyID("V\(incident.duties.count + 1)")
        emit(id, .privacyBreachFlagged(PrivacyBreachFlagged(awareAt: awareAt, note: note, duty: duty)))
        emit(id, .notificationRequired(NotificationRequired(
            duty: duty, recipient: "Datatilsynet",
            due: awareAt.addingTimeInterval(Clocks.privacyBreachWindow), mandatory: true)))
    }
}

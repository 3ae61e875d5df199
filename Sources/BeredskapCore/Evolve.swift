import Foundation

extension State {
    /// Folds one recorded event into the state. Total: an event that does not fit (which `decide` would
    /// never produce, but an old or foreign journal might hold) changes nothing rather than trapping.
    public func evolve(_ event: Event, seq: Int) -> State {
        var next = self
        next.fold(event, seq: seq)
        return next
    }

    /// `evolve` in place: replaying a long journal this way never copies the state.
    public mutating func fold(_ event: Event, seq: Int) {
        lastSeq = max(lastSeq, seq)
        apply(event, seq: seq)
        fulfil(event, seq: seq)
    }

    private mutating func apply(_ event: Event, seq: Int) {
        let at = event.effectiveTime
        switch event.body {
        case .incidentOpened(let p):
            guard let id = event.incident, self[id] == nil else { return }
            var incident = Incident(id: id, title: p.title, detectedBy: p.detectedBy, detectedAt: at, openedBy: event.operatorName)
            incident.planned = p.planned ?? false
            add(incident)
        case .levelChanged(let p):
            level = p.to
            levelDecidedAt = at
            levelHistory.append(LevelDecisionRecord(at: at, change: p))
        case .levelKept:
            levelDecidedAt = at
        case .roleAssigned(let p):
            roles[p.role] = p.person
        case .logEntry:
            return
        case .entryCorrected(let p):
            applyCorrection(p, seq: seq, incident: event.incident)
        case .deviationRegistered, .deviationMeasureAdded, .deviationMeasureUpdated, .deviationClosed, .deviationMeasureApproved,
             .deviationRiskAssessed, .deviationCauseRecorded:
            applyDeviation(event.body, incident: event.incident, at: at)
        case .incidentEvaluated, .exerciseStarted, .injectReleased, .injectSkipped, .exerciseClockPaused, .exerciseClockResumed,
             .expectationAssessed, .observerNoted, .exerciseEnded, .exerciseEvaluated, .hotWashNoted, .correctiveActionClosed,
             .procedureTestRecorded, .trainingRecorded:
            applyEvaluation(event, at: at, seq: seq)
        default:
            guard let id = event.incident else { return }
            update(id) { $0.apply(event.body, at: at, by: event.operatorName, seq: seq) }
        }
    }
}

extension Incident {
    mutating func apply(_ body: EventBody, at: Date, by: OperatorName, seq: Int) {
        let before = phase
        defer { if phase != before { phaseSince = at } }
        switch body {
        case .incidentTriaged(let p):
            triage = p
            triagedAt = triagedAt ?? at
            triageSeqs.append(seq)
            phase = max(phase, .triaged)
        case .responseStarted: phase = .responding
        case .controlConfirmed: controlConfirmedAt = at
        case .restorationStarted: phase = .restoring
        case .serviceRestored:
            restoredAt = at
            phase = .reEntry
        case .incidentClosed(let p):
            closed = p
            closedAt = at
            phase = .closed
        case .incidentEvaluated(let p):
            evaluation = p
            phase = .evaluated
        case .privacyBreachFlagged(let p):
            privacyBreachAwareAt = p.awareAt
            privacyBreachDuty = p.duty
            privacyBreachNote = p.note
        case .messageDrafted(let p): messages.append(IncidentMessage(draft: p))
        case .messageApproved(let p): updateMessage(p.message) { $0.approvedBy = by }
        case .messageApprovedVerbally(let p):
            updateMessage(p.message) {
                $0.approvedBy = OperatorName(p.approver)
                $0.verbalApproval = VerbalApproval(recordedBy: by, givenAt: p.givenAt)
            }
        case .messageSent(let p): updateMessage(p.message) { $0.sent.append(.init(channel: p.channel, at: at)) }
        case .breachDetailsRecorded(let p): breachDetails = breachDetails.merged(with: p.details)
        case .breachReported(let p):
            // The first notification sent fulfils the 72 h duty; later stages add to it.
            if breachReports.isEmpty, let duty = privacyBreachDuty {
                updateDuty(duty) { $0.attempts.append(.init(at: at, by: by, outcome: .reached, number: nil,
                                                             note: "Melding sendt (\(p.stage.rawValue))", seq: seq)) }
            }
            breachReports.append(p)
        case .taskAssigned(let p):
            tasks.append(IncidentTask(id: p.task, title: p.title, role: p.role, due: p.due, procedure: p.procedure, doneBy: p.doneBy))
        case .taskCompleted(let p): updateTask(p.task) { $0.status = .done(at: at, by: by) }
        case .taskCancelled(let p): updateTask(p.task) { $0.status = .cancelled(reason: p.reason) }
        case .notificationRequired(let p):
            duties.append(NotificationDuty(id: p.duty, recipient: p.recipient, contact: p.contact, due: p.due, mandatory: p.mandatory))
        case .callAttempted(let p):
            updateDuty(p.duty) { $0.attempts.append(.init(at: at, by: by, outcome: p.outcome, number: p.number, note: p.note, seq: seq)) }
        case .notificationDeclined(let p): updateDuty(p.duty) { $0.declinedReason = p.reason }
        case .fallbackActivated(let p): activeFallbacks.insert(p.mode)
        case .fallbackEnded(let p): activeFallbacks.remove(p.mode)
        case .stepCompleted(let p): completedSteps[p.procedure, default: [:]][p.step] = StepTick(at: at, by: by, seq: seq)
        case .measureCompleted(let p): completedMeasures[p.category, default: [:]][p.text] = StepTick(at: at, by: by, seq: seq)
        case .formsIssued(let p):
            let issued = FormChange(status: .issued, seq: seq, at: at, by: by)
            forms += p.serials.map { PaperForm(serial: $0, form: p.form, issuedTo: p.issuedTo, issuedAt: at, history: [issued]) }
        case .formAdvanced(let p): updateForm(p.serial) { $0.move(FormChange(status: p.status, seq: seq, at: at, by: by)) }
        case .formsAdvanced(let p):
            for serial in p.serials {
                updateForm(serial) { $0.move(FormChange(status: p.status, seq: seq, at: at, by: by)) }
            }
        case .formWaived(let p):
            updateForm(p.serial) {
                $0.move(FormChange(status: .waived, seq: seq, at: at, by: by))
                $0.waivedReason = p.reason
            }
        case .incidentOpened, .levelChanged, .levelKept, .logEntry, .entryCorrected, .roleAssigned,
             .deviationRegistered, .deviationMeasureAdded, .deviationMeasureUpdated, .deviationClosed, .deviationMeasureApproved,
             .deviationRiskAssessed, .deviationCauseRecorded, .exerciseStarted, .injectReleased, .injectSkipped, .exerciseClockPaused, .exerciseClockResumed,
             .expectationAssessed, .observerNoted, .exerciseEnded, .exerciseEvaluated, .hotWashNoted, .correctiveActionClosed,
             .procedureTestRecorded, .trainingRecorded:
            return
        }
    }

    private mutating func updateTask(_ id: TaskID, _ change: (inout IncidentTask) -> Void) {
        if let i = tasks.firstIndex(where: { $0.id == id }) { change(&tasks[i]) }
    }

    private mutating func updateMessage(_ id: MessageID, _ change: (inout IncidentMessage) -> Void) {
        if let i = messages.firstIndex(where: { $0.id == id }) { change(&messages[i]) }
    }

    mutating func updateDuty(_ id: DutyID, _ change: (inout NotificationDuty) -> Void) {
        if let i = duties.firstIndex(where: { $0.id == id }) { change(&duties[i]) }
    }

    mutating func updateForm(_ serial: FormSerial, _ change: (inout PaperForm) -> Void) {
        if let i = forms.firstIndex(where: { $0.serial == serial }) { change(&forms[i]) }
    }
}

import Foundation

extension State {
    /// Records what `event` fulfils, then marks the open steps and tasks it fulfils as done, citing its seq.
    /// Run for every folded event; cheap for the events that fulfil nothing and change no checklist.
    mutating func fulfil(_ event: Event, seq: Int) {
        func done(in phase: Phase) -> Fulfilled { Fulfilled(seq: seq, at: event.effectiveTime, by: event.operatorName, phase: phase) }
        var kinds: [Fulfilment] = []
        var incidents = event.incident.map { [$0] } ?? []
        switch event.body {
        case .incidentOpened:
            // A second opening of the same id changes nothing (evolve is total).
            guard event.incident.flatMap({ self[$0] })?.fulfilled[.opened] == nil else { return }
            kinds = [.opened]
        case .incidentTriaged: kinds = [.triage]
        case .levelChanged(let p):
            kinds = [.levelDecided]
            incidents = Array(Set(incidents + p.incidents))
        case .levelKept: kinds = [.levelDecided]
        case .controlConfirmed: kinds = [.controlConfirmed]
        case .responseStarted: kinds = [.phaseReached(.responding)]
        case .restorationStarted: kinds = [.phaseReached(.restoring)]
        case .serviceRestored: kinds = [.phaseReached(.reEntry)]
        case .incidentClosed: kinds = [.phaseReached(.closed)]
        case .roleAssigned(let p):
            roleAppointments[p.role] = done(in: .detected)
            kinds = [.roleAppointed(p.role)]
            incidents = openIncidents.map(\.id)
        case .messageSent(let p):
            let template = event.incident.flatMap { self[$0] }?.messages.first { $0.id == p.message }?.draft.template
            kinds = [.messageSent(nil)] + (template.map { [.messageSent($0)] } ?? [])
        case .formsIssued(let p): kinds = [.formsIssued(nil), .formsIssued(p.form)]
        case .taskAssigned, .fallbackActivated, .fallbackEnded:
            break // a new task or a new checklist may already be fulfilled
        case .incidentEvaluated, .logEntry, .entryCorrected, .taskCompleted, .taskCancelled, .notificationRequired,
             .callAttempted, .notificationDeclined, .stepCompleted, .formAdvanced, .formWaived, .privacyBreachFlagged,
             .deviationRegistered, .deviationMeasureAdded, .deviationMeasureUpdated, .deviationClosed, .deviationMeasureApproved,
             .deviationRiskAssessed, .deviationCauseRecorded, .messageDrafted,
             .messageApproved, .breachDetailsRecorded, .breachReported, .exerciseStarted, .injectReleased, .injectSkipped,
             .exerciseClockPaused, .exerciseClockResumed, .expectationAssessed, .observerNoted, .exerciseEnded,
             .exerciseEvaluated, .hotWashNoted, .correctiveActionClosed, .formsAdvanced, .messageApprovedVerbally,
             .measureCompleted, .procedureTestRecorded, .trainingRecorded:
            return
        }
        for id in incidents where self[id] != nil {
            update(id) { incident in
                for kind in kinds { incident.fulfilled[kind, default: []].append(done(in: incident.phase)) }
            }
            settle(id)
        }
    }

    /// The first event that fulfilled `kind` for the incident (for a step of `phase`, see `Fulfilled.fulfils`);
    /// a role counts while someone holds it.
    public func fulfilment(_ kind: Fulfilment, in incident: Incident, forStepOf phase: Phase = .detected) -> Fulfilled? {
        if let done = incident.fulfilled[kind]?.first(where: { $0.fulfils(stepOf: phase) }) { return done }
        if case .roleAppointed(let role) = kind, roles[role] != nil { return roleAppointments[role] }
        return nil
    }

    /// Marks the incident's open tasks and unticked steps whose `done_by` is fulfilled.
    private mutating func settle(_ id: IncidentID) {
        guard let incident = self[id], incident.phase != .evaluated else { return }
        var tasks = incident.tasks
        for i in tasks.indices where tasks[i].isOpen {
            guard let kind = tasks[i].doneBy, let done = fulfilment(kind, in: incident) else { continue }
            tasks[i].status = .done(at: done.at, by: done.by)
            tasks[i].fulfilledBy = done.seq
        }
        var ticks = incident.completedSteps
        for procedure in organisation.procedures(for: incident) {
            for (phase, steps) in procedure.steps {
                for step in steps where ticks[procedure.ref]?[step.id] == nil {
                    guard let kind = step.doneBy, let done = fulfilment(kind, in: incident, forStepOf: phase) else { continue }
                    ticks[procedure.ref, default: [:]][step.id] = StepTick(at: done.at, by: done.by, fulfilledBy: done.seq)
                }
            }
        }
        update(id) {
            $0.tasks = tasks
            $0.completedSteps = ticks
        }
    }
}

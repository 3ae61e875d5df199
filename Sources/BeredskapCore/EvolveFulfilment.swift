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
            guard event.incident.flatMap({ index[$0] }).map({ self.incidents[$0].fulfilled[.opened] == nil }) ?? true else { return }
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
            incidents = openIncidentIDs
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
        for id in incidents where index[id] != nil {
            update(id) { incident in
                for kind in kinds { incident.fulfilled[kind, default: []].append(done(in: incident.phase)) }
            }
            settle(id)
        }
    }

    /// The first event that fulfilled `kind` for the incident (for a step of `phase`, see `Fulfilled.fulfils`);
    /// a role counts while someone holds it.
    public func fulfilment(_ kind: Fulfilment, in incident: Incident, forStepOf phase: Phase = .detected) -> Fulfilled? {
        Self.fulfilment(kind, in: incident, forStepOf: phase, roles: roles, appointments: roleAppointments)
    }

    private static func fulfilment(_ kind: Fulfilment, in incident: borrowing Incident, forStepOf phase: Phase,
                                   roles: [RoleID: String], appointments: [RoleID: Fulfilled]) -> Fulfilled? {
        if let done = incident.fulfilled[kind]?.first(where: { $0.fulfils(stepOf: phase) }) { return done }
        if case .roleAppointed(let role) = kind, roles[role] != nil { return appointments[role] }
        return nil
    }

    /// Marks the incident's open tasks and unticked steps whose `done_by` is fulfilled. In place: this runs for
    /// every event that fulfils something, and an incident is large to copy.
    private mutating func settle(_ id: IncidentID) {
        guard let position = index[id] else { return }
        let procedures = organisation.procedures(for: incidents[position])
        let (roles, appointments) = (roles, roleAppointments)
        update(id) { incident in
            guard incident.phase != .evaluated else { return }
            for i in incident.tasks.indices where incident.tasks[i].isOpen {
                guard let kind = incident.tasks[i].doneBy,
                      let done = Self.fulfilment(kind, in: incident, forStepOf: .detected, roles: roles, appointments: appointments)
                else { continue }
                incident.tasks[i].status = .done(at: done.at, by: done.by)
                incident.tasks[i].fulfilledBy = done.seq
            }
            for procedure in procedures {
                for (phase, steps) in procedure.steps {
                    for step in steps where incident.completedSteps[procedure.ref]?[step.id] == nil {
                        guard let kind = step.doneBy,
                              let done = Self.fulfilment(kind, in: incident, forStepOf: phase, roles: roles, appointments: appointments)
                        else { continue }
                        incident.completedSteps[procedure.ref, default: [:]][step.id] = StepTick(at: done.at, by: done.by,
                                                                                                fulfilledBy: done.seq)
                    }
                }
            }
        }
    }
}

import Foundation

extension State {
    /// Decides what a command means given everything recorded so far: the events to record, or a refusal.
    /// Pure: `now` is passed in, nothing is read from the clock or written anywhere.
    public func decide(_ command: Command, now: Date) throws(Refusal) -> [Event] {
        var decision = Decision(state: self, command: command, now: now)
        try decision.run()
        return decision.events
    }
}

/// One command being decided: collects the events, checks the guards.
struct Decision {
    let state: State
    let command: Command
    let now: Date
    var events: [Event] = []

    init(state: State, command: Command, now: Date) {
        self.state = state
        self.command = command
        self.now = now
    }

    /// The time the command speaks of.
    var at: Date { command.occurred ?? now }

    /// The year of `at` on the organisation's wall clock, which numbers incidents and avvik.
    var year: Int { Timestamps.year(at, timeZone: organisation.timeZone) }

    mutating func emit(_ incident: IncidentID?, _ body: EventBody) {
        let occurred = command.occurred.flatMap { $0 == now ? nil : $0 }
        events.append(Event(registered: now, occurred: occurred, operatorName: command.operatorName, incident: incident, body: body))
    }

    mutating func run() throws(Refusal) {
        if let occurred = command.occurred, occurred > now { throw .futureTime(occurred, organisation.timeZone) }
        try FreeText.require(command.operatorName.rawValue, field: "operatør")
        switch command.action {
        case .openIncident(let title, let detectedBy, let planned):
            try FreeText.require(title, field: "tittel")
            try FreeText.check(detectedBy, field: "oppdaget av")
            emit(state.nextIncidentID(year: year), .incidentOpened(IncidentOpened(title: title, detectedBy: detectedBy, planned: planned)))

        case .triage(let id, let input):
            try triage(id, input)

        case .startResponse(let id, let note):
            try lookup(id, for: "start håndtering", in: [.triaged])
            try FreeText.check(note, field: "merknad")
            emit(id, .responseStarted(ResponseStarted(note: note)))

        case .confirmControl(let id, let note):
            try lookup(id, for: "bekreft kontroll", in: [.responding])
            try FreeText.require(note, field: "grunnlag for kontroll")
            let relayed = try authorise(.control)
            emit(id, .controlConfirmed(ControlConfirmed(note: note, onBehalfOf: relayed)))

        case .startRestoration(let id, let note):
            let incident = try lookup(id, for: "start gjenoppretting", in: [.responding])
            guard incident.controlConfirmedAt != nil else { throw .controlNotConfirmed(id) }
            try FreeText.check(note, field: "merknad")
            emit(id, .restorationStarted(RestorationStarted(note: note)))

        case .confirmRestored(let id, let note):
            try lookup(id, for: "bekreft gjenopprettet", in: [.restoring])
            try FreeText.check(note, field: "merknad")
            emit(id, .serviceRestored(ServiceRestored(note: note)))

        case .close(let id, let summary, let dismissal, let level, let unfinishedReason):
            try close(id, summary: summary, dismissal: dismissal, level: level, unfinishedReason: unfinishedReason)

        case .evaluate(let id, let lessons, let actions):
            try lookup(id, for: "evaluer", in: [.closed])
            emit(id, .incidentEvaluated(IncidentEvaluated(lessons: lessons, actions: try evaluation(lessons: lessons, actions: actions))))

        case .setLevel(let level, let reason, let incidents):
            try setLevel(level, reason: reason, incidents: incidents)

        case .log(let id, let text):
            if let id { try lookup(id, for: "loggfør", in: Phase.open) }
            try FreeText.require(text, field: "logg")
            emit(id, .logEntry(LogEntry(text: text)))

        case .correct(let seq, let id, let text, let reason, let fact):
            try correct(seq: seq, incident: id, text: text, reason: reason, fact: fact)

        case .assignTask(let id, let title, let role, let due, let procedure):
            let incident = try lookup(id, for: "tildel oppgave", in: Phase.open)
            try FreeText.require(title, field: "oppgave")
            if !organisation.roles.isEmpty, organisation.role(role) == nil { throw .unknownRole(role) }
            let task = TaskID("O\(incident.tasks.count + 1)")
            emit(id, .taskAssigned(TaskAssigned(task: task, title: title, role: role, due: due, procedure: procedure)))

        case .completeTask(let id, let task, let note):
            try FreeText.check(note, field: "merknad")
            try openTask(task, in: try lookup(id, for: "fullfør oppgave", in: Phase.open))
            emit(id, .taskCompleted(TaskCompleted(task: task, note: note)))

        case .cancelTask(let id, let task, let reason):
            try FreeText.require(reason, field: "begrunnelse")
            try openTask(task, in: try lookup(id, for: "avlys oppgave", in: Phase.open))
            emit(id, .taskCancelled(TaskCancelled(task: task, reason: reason)))

        case .assignRole(let role, let person, let note):
            if !organisation.roles.isEmpty, organisation.role(role) == nil { throw .unknownRole(role) }
            try FreeText.require(person, field: "person")
            try FreeText.check(note, field: "overlevering")
            let relayed = role == .crisisLead ? try authorise(.appointLead) : nil
            emit(nil, .roleAssigned(RoleAssigned(role: role, person: person, handoverNote: note, onBehalfOf: relayed)))

        case .requireNotification(let id, let recipient, let contact, let due, let mandatory):
            let incident = try lookup(id, for: "legg til varsling", in: Phase.open)
            try FreeText.require(recipient, field: "mottaker")
            emit(id, .notificationRequired(NotificationRequired(
                duty: DutyID("V\(incident.duties.count + 1)"), recipient: recipient, contact: contact, due: due, mandatory: mandatory)))

        case .recordCall(let id, let duty, let outcome, let number, let note):
            // An exercise plays every call: no number, real or not, is written to its journal.
            guard number == nil || !state.isExercise else { throw .numberInExercise }
            try FreeText.check(number, field: "nummer")
            try FreeText.check(note, field: "merknad")
            try outstandingDuty(duty, in: try lookup(id, for: "registrer anrop", in: Phase.open))
            emit(id, .callAttempted(CallAttempted(duty: duty, outcome: outcome, number: number, note: note)))

        case .declineNotification(let id, let duty, let reason):
            try FreeText.require(reason, field: "begrunnelse")
            try outstandingDuty(duty, in: try lookup(id, for: "avslå varsling", in: Phase.open))
            emit(id, .notificationDeclined(NotificationDeclined(duty: duty, reason: reason)))

        case .activateFallback(let id, let mode, let procedure):
            let incident = try lookup(id, for: "aktiver alternativ drift", in: Phase.open)
            guard !incident.activeFallbacks.contains(mode) else { throw .fallbackAlreadyActive(mode) }
            emit(id, .fallbackActivated(FallbackActivated(mode: mode, procedure: procedure)))

        case .endFallback(let id, let mode):
            let incident = try lookup(id, for: "avslutt alternativ drift", in: Phase.open)
            guard incident.activeFallbacks.contains(mode) else { throw .fallbackNotActive(mode) }
            emit(id, .fallbackEnded(FallbackEnded(mode: mode)))

        case .completeStep(let id, let procedure, let step):
            // The closing steps are ticked after closing, before the evaluation.
            let incident = try lookup(id, for: "kvitter ut steg", in: Phase.open + [.closed])
            guard incident.completedSteps[procedure]?[step] == nil else { throw .stepAlreadyCompleted(step) }
            emit(id, .stepCompleted(StepCompleted(procedure: procedure, step: step)))

        case .issueForms(let id, let form, let count, let issuedTo):
            try issueForms(id, form: form, count: count, issuedTo: issuedTo)

        case .advanceForm(let id, let serial, let status):
            let incident = try lookup(id, for: "oppdater papirskjema", in: Phase.open)
            guard let paper = incident.form(serial) else { throw .unknownForm(serial) }
            guard paper.status.next == status else { throw .formStep(serial, from: paper.status, to: status) }
            emit(id, .formAdvanced(FormAdvanced(serial: serial, status: status)))

        case .advanceForms(let id, let selection, let status, let count):
            try advanceForms(id, selection, to: status, count: count)

        case .waiveForm(let id, let serial, let reason):
            let incident = try lookup(id, for: "frafall papirskjema", in: Phase.open)
            guard let paper = incident.form(serial) else { throw .unknownForm(serial) }
            guard !paper.status.isSettled else { throw .formStep(serial, from: paper.status, to: .waived) }
            try FreeText.require(reason, field: "begrunnelse")
            emit(id, .formWaived(FormWaived(serial: serial, reason: reason)))

        case .flagPrivacyBreach(let id, let awareAt, let note):
            try flagPrivacyBreach(id, awareAt: awareAt, note: note)

        case .registerDeviation(let report, let incident): try registerDeviation(report, incident: incident)
        case .addDeviationMeasure(let id, let plan): try addDeviationMeasure(id, plan)
        case .approveDeviationMeasure(let id, let measure, let approval): try approveDeviationMeasure(id, measure, approval)
        case .assessDeviationRisk(let id, let risk): try assessDeviationRisk(id, risk)
        case .recordDeviationCause(let id, let system, let category): try recordDeviationCause(id, system: system, category: category)
        case .updateDeviationMeasure(let id, let measure, let status, let note):
            try updateDeviationMeasure(id, measure, status: status, note: note)
        case .closeDeviation(let id, let assessment): try closeDeviation(id, assessment: assessment)

        case .recordBreachDetails(let id, let details): try recordBreachDetails(id, details)
        case .reportBreach(let id, let stage, let delayReason): try reportBreach(id, stage: stage, delayReason: delayReason)

        case .draftMessage(let id, let template, let recipients, let nextUpdate, let contact, let text):
            try draftMessage(id, template: template, recipients: recipients, nextUpdate: nextUpdate, contact: contact, text: text)
        case .approveMessage(let id, let message): try approveMessage(id, message)
        case .approveMessageVerbally(let id, let message, let approver, let givenAt):
            try approveMessageVerbally(id, message, approver: approver, givenAt: givenAt)
        case .sendMessage(let id, let message, let channel): try sendMessage(id, message, channel: channel)

        case .startExercise(let scenario, let tempo): try startExercise(scenario, tempo: tempo)
        case .releaseInject(let id): try releaseInject(id)
        case .skipInject(let id, let reason): try skipInject(id, reason: reason)
        case .pauseExercise(let reason): try pauseExercise(reason: reason)
        case .resumeExercise: try resumeExercise()
        case .assessExpectation(let id, let rating, let note): try assessExpectation(id, rating, note: note)
        case .observe(let text, let inject): try observe(text: text, inject: inject)
        case .endExercise(let note): try endExercise(note: note)
        case .evaluateExercise(let lessons, let actions): try evaluateExercise(lessons: lessons, actions: actions)

        case .noteHotWash(let id, let kind, let text, let question): try noteHotWash(id, kind, text: text, question: question)
        case .closeCorrectiveAction(let id, let note): try closeCorrectiveAction(id, note: note)
        case .completeMeasure(let id, let category, let index): try completeMeasure(id, category: category, index: index)
        case .recordProcedureTest(let id, let kind, let outcome, let note): try recordProcedureTest(id, kind, outcome, note: note)
        case .recordTraining(let person, let procedure, let role, let note): try recordTraining(person, procedure: procedure, role: role, note: note)
        }
        try checkNotBeforeIncident()
    }

    /// A late entry cannot have happened before its incident was detected (a mistyped date, or yesterday's time
    /// of day): refused, unless it is the incident's own opening being entered late, which sets that time.
    private func checkNotBeforeIncident() throws(Refusal) {
        guard let occurred = command.occurred else { return }
        for event in events {
            if let id = event.incident, let incident = state[id], occurred < incident.detectedAt {
                throw .beforeIncident(id, occurred: occurred, detected: incident.detectedAt, organisation.timeZone)
            }
        }
    }
}

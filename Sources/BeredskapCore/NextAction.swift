import Foundation

/// One answer to «Hva nå?»: the next thing to do, for which incident, by when. The console, `beredskap next` and
/// `status`, and the printed status report all show the same list, so they never disagree on what comes first.
public struct NextAction: Sendable, Equatable {
    /// How pressing: the list is sorted by this, then by deadline.
    public enum Urgency: Int, Comparable, Sendable {
        /// Past its deadline.
        case overdue
        /// To do now: an unticked critical step of the phase, or what moves a fresh incident on.
        case now
        /// Has a deadline that has not passed yet.
        case due
        /// What moves the incident on once the above is done.
        case next
        /// Open, with no deadline.
        case later

        public static func < (lhs: Urgency, rhs: Urgency) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// What to do; each is one key in the console and one command on the command line.
    public enum Kind: Sendable, Equatable {
        case openIncident
        case triage
        case decideLevel(suggested: ReadinessLevel)
        case startResponse
        case confirmControl
        case startRestoration
        case confirmRestored
        case reEnterForms(remaining: Int)
        case close
        case evaluate
        /// The duty to call first, and how many are due together with it.
        case notify(DutyID, count: Int)
        case callAgain(DutyID)
        case task(TaskID)
        case step(ProcedureRef, StepID)
        case appointRole(RoleID)
        case reportPrivacyBreach
        case lowerLevel
    }

    public var incident: IncidentID?
    public var kind: Kind
    /// Norwegian, made inert: what a person reads.
    public var title: String
    public var due: Date?
    public var urgency: Urgency
}

public enum NextActions {
    /// Everything to do next in every open incident and in the organisation, most pressing first. Never empty:
    /// with nothing open it says how to open an incident (and to decide on a raised level).
    public static func list(_ state: State, now: Date) -> [NextAction] {
        var items: [NextAction] = []
        for incident in state.incidents where incident.phase != .evaluated {
            items += actions(for: incident, in: state, now: now)
        }
        items += roles(state)
        if state.openIncidents.isEmpty {
            if state.level.isRaised {
                items.append(NextAction(incident: nil, kind: .lowerLevel, title: "Ingen åpne hendelser, og nivået er \(state.level.word): "
                                        + "beslutt om det skal senkes til normal drift", due: nil, urgency: .now))
            }
            items.append(NextAction(incident: nil, kind: .openIncident, title: "Ingen åpne hendelser. Noe nede? Opprett en hendelse",
                                    due: nil, urgency: .next))
        }
        return mostPressingFirst(items)
    }

    /// What to do next in one incident, most pressing first: the part of ``list(_:now:)`` about it, without working
    /// out every other incident's (the header asks this on every frame).
    public static func list(for incident: Incident, in state: State, now: Date) -> [NextAction] {
        incident.phase == .evaluated ? [] : mostPressingFirst(actions(for: incident, in: state, now: now))
    }

    /// Most urgent first, then the earliest deadline, then in the order found.
    private static func mostPressingFirst(_ items: [NextAction]) -> [NextAction] {
        func order(_ item: (offset: Int, element: NextAction)) -> (NextAction.Urgency, Date, Int) {
            (item.element.urgency, item.element.due ?? .distantFuture, item.offset)
        }
        return items.enumerated().sorted { order($0) < order($1) }.map(\.element)
    }

    /// The outstanding notification duties of an incident in the order to call them: soonest deadline first, those
    /// without a deadline last, then in the order they were required. The Varsling screen lists them the same way.
    public static func callOrder(_ incident: Incident) -> [NotificationDuty] {
        incident.duties.enumerated().filter { $0.element.isOutstanding }.sorted {
            ($0.element.due ?? .distantFuture, $0.offset) < ($1.element.due ?? .distantFuture, $1.offset)
        }.map(\.element)
    }

    private static func actions(for incident: Incident, in state: State, now: Date) -> [NextAction] {
        var items: [NextAction] = []
        func add(_ kind: NextAction.Kind, _ title: String, due: Date? = nil, _ urgency: NextAction.Urgency) {
            let late = due.map { $0 < now } ?? false
            items.append(NextAction(incident: incident.id, kind: kind, title: InertText.make(title), due: due,
                                    urgency: late ? .overdue : urgency))
        }
        if incident.phase == .closed {
            for (ref, step) in unticked(incident, in: state, phase: .closed) { add(.step(ref, step.id), step.text, .next) }
            add(.evaluate, "Evaluer \(incident.id): læring og korrigerende tiltak (3d)", .next)
            return items
        }
        // The phase's critical steps come before the action that leaves the phase.
        let phaseAction = self.phaseAction(incident, in: state)
        for (ref, step) in unticked(incident, in: state, phase: incident.phase) where step.critical && !does(phaseAction.kind, step) {
            add(.step(ref, step.id), step.text, due: step.within.map { incident.phaseSince + $0.seconds }, .now)
        }
        add(phaseAction.kind, phaseAction.title, incident.phase <= .triaged ? .now : .next)
        if let deadline = Clocks.privacyBreachDeadline(incident) {
            add(.reportPrivacyBreach, "Meld personvernbruddet til Datatilsynet (72 t)", due: deadline, .due)
        }
        let duties = callOrder(incident)
        for late in [true, false] {
            let group = duties.filter { duty in duty.due.map { ($0 < now) == late } ?? (!late && incident.phase == .reEntry) }
            guard let first = group.first else { continue }
            let title = group.count == 1 ? "Varsle \(first.recipient)" : "Varsle \(first.recipient) og \(group.count - 1) til"
            add(.notify(first.id, count: group.count), title, due: first.due, .due)
        }
        for duty in duties {
            guard let retry = Clocks.callAgainAt(duty) else { continue }
            add(.callAgain(duty.id), "Ring igjen eller neste nummer: \(duty.recipient)", due: retry, .due)
        }
        for task in incident.tasks where task.isOpen {
            let role = state.organisation.role(task.role)?.name ?? task.role.rawValue
            add(.task(task.id), "\(task.title) (\(role))", due: task.due, task.due == nil ? .later : .due)
        }
        return items
    }

    /// The one action that moves the incident to its next phase.
    private static func phaseAction(_ incident: Incident, in state: State) -> (kind: NextAction.Kind, title: String) {
        switch incident.phase {
        case .detected:
            return (.triage, "Vurder \(incident.id): berørte systemer, kategori, alvorlighet og konsekvens (2a)")
        case .triaged:
            if let suggested = incident.triage?.suggestedLevel, suggested > state.level,
               state.fulfilment(.levelDecided, in: incident) == nil {
                return (.decideLevel(suggested: suggested), "Beslutt beredskapsnivå; vurderingen foreslår \(suggested.word) (2c)")
            }
            return (.startResponse, "Start håndteringen av \(incident.id): varsling, krisestab og nødrutiner (2c–2g)")
        case .responding:
            if incident.controlConfirmedAt == nil {
                return (.confirmControl, "Bekreft kontroll og situasjonsforståelse før gjenoppretting (2h)")
            }
            return (.startRestoration, "Start gjenopprettingen (2h)")
        case .restoring:
            return (.confirmRestored, "Bekreft at tjenesten er gjenopprettet; da starter ajourføringen (2f)")
        case .reEntry:
            let left = incident.unsettledForms.count
            if left > 0 { return (.reEnterForms(remaining: left), "Ajourfør papirskjemaene: \(left) skjema igjen (2f)") }
            return (.close, "Lukk \(incident.id) med en oppsummering")
        case .closed, .evaluated:
            return (.evaluate, "Evaluer \(incident.id): læring og korrigerende tiltak (3d)")
        }
    }

    /// Whether the phase action fulfils the step, so the step is not listed as a second item saying the same.
    private static func does(_ kind: NextAction.Kind, _ step: Step) -> Bool {
        switch (kind, step.doneBy) {
        case (.triage, .triage?), (.decideLevel, .levelDecided?), (.confirmControl, .controlConfirmed?): true
        default: false
        }
    }

    /// The unticked steps of a phase in the procedures that apply, critical first; a step written the same in two
    /// alternative procedures (uten IS and delvis IS) once.
    static func unticked(_ incident: Incident, in state: State, phase: Phase) -> [(ProcedureRef, Step)] {
        unticked(incident, in: state, phases: [phase])
    }

    /// `unticked` for several phases at once, phase by phase, working out the procedures and ticks once.
    static func unticked(_ incident: Incident, in state: State, phases: [Phase]) -> [(ProcedureRef, Step)] {
        let procedures = state.organisation.procedures(for: incident)
        var seen = ticked(incident, procedures)
        return phases.flatMap { phase in
            var steps: [(ProcedureRef, Step)] = []
            for procedure in procedures {
                for step in procedure.checklist(for: phase) where seen.insert(step.text).inserted {
                    steps.append((procedure.ref, step))
                }
            }
            return steps.filter { $0.1.critical } + steps.filter { !$0.1.critical }
        }
    }

    /// The texts of the steps ticked in any of the procedures: the same step in an alternative procedure is done too.
    static func ticked(_ incident: Incident, _ procedures: [Procedure]) -> Set<String> {
        Set(procedures.flatMap { procedure in
            let done = incident.completedSteps[procedure.ref] ?? [:]
            return procedure.steps.values.joined().filter { done[$0.id] != nil }.map(\.text)
        })
    }

    /// Krisestab roles the current level requires and nobody holds.
    private static func roles(_ state: State) -> [NextAction] {
        guard let definition = state.organisation.level(state.level), !state.openIncidents.isEmpty else { return [] }
        return definition.roles.filter { state.roles[$0] == nil }.map { role in
            NextAction(incident: nil, kind: .appointRole(role),
                       title: "Utnevn \(state.organisation.role(role)?.name ?? role.rawValue) (kreves på \(state.level.word))",
                       due: nil, urgency: .due)
        }
    }
}

import BeredskapCore
import Foundation

/// What the app loop must do after a key.
public enum Effect: Sendable {
    case none
    /// Decide and write durably; then `saved`, or `fail` with what went wrong.
    case execute(Command)
    case quit
}

/// Why an action cannot start now (nothing selected, the wrong phase); shown on the message line.
struct NotNow: Error {
    var message: String
    init(_ message: String) { self.message = message }
}

extension ConsoleModel {
    /// The model's answer to a key: a new model, and possibly a command for the journal.
    public mutating func handle(_ key: Key) -> Effect {
        if dialog != nil { return edit(key) }
        if showsHelp, key == .escape {
            showsHelp = false
            return .none
        }
        guard let binding = KeyBindings.binding(for: key, on: screen) else { return .none }
        message = nil
        do {
            return try perform(binding.action)
        } catch {
            message = Message(text: error.message, isError: true)
            return .none
        }
    }

    private mutating func perform(_ action: KeyAction) throws(NotNow) -> Effect {
        switch action {
        case .show(.exercise) where isParticipant:
            throw NotNow("Øvingslederens skjerm er bare for øvingslederen (\(InertText.make(state.exercise?.startedBy.rawValue ?? ""))).")
        case .show(.region) where region == nil:
            throw NotNow("Regionens bilde vises når konsollet er startet med --sync (tilkobling til regionens database).")
        case .show(let target):
            screen = target
            showsHelp = false
            if target == .notifications, let incident { notifications.selectNextOutstanding(in: incident) }
        case .nextIncident:
            let active = activeIncidents.map(\.id)
            guard !active.isEmpty else { break }
            let next = selectedIncident.flatMap(active.firstIndex).map { ($0 + 1) % active.count } ?? 0
            // Lists of this incident start from the top (their cursors were set for another); the journal-wide ones keep their place.
            selectedIncident = active[next]
        case .selectIncident:
            guard let chosen = state.incidents.dropFirst(incidentList.row(for: state.incidents.count)).first else {
                throw NotNow("Ingen hendelser ennå. Trykk n for ny hendelse.")
            }
            selectedIncident = chosen.id
            screen = .overview
        case .doNextAction: return try doNextAction()
        case .moveUp: move(by: -1)
        case .moveDown: move(by: 1)
        case .pageUp: move(by: -10)
        case .pageDown: move(by: 10)
        case .toggleHelp: showsHelp.toggle()
        case .toggleRegionDetail: region?.showsDetail.toggle()
        case .quit: return .quit
        case .toggleIncidentFilter:
            timeline.filter.incident = timeline.filter.incident == nil ? try requireIncident().id : nil
        case .recordCall(let outcome): return try recordCall(outcome, note: nil)
        case .tickStep: return try tickStep()
        case .advanceForm: return try advanceForm()
        case .approveMessage: return try approveMessage()
        case .releaseInject: return try releaseInject()
        case .toggleExerciseClock: return try toggleExerciseClock()
        default: dialog = try dialog(for: action)
        }
        return .none
    }

    /// The dialog an action opens.
    private func dialog(for action: KeyAction) throws(NotNow) -> Dialog {
        switch action {
        case .newIncident: newIncidentDialog()
        case .newPlannedOutage: plannedOutageDialog()
        case .writeLog: logDialog()
        case .triage: try triageDialog()
        case .decideLevel: levelDialog()
        case .advancePhase: try phaseDialog()
        case .callWithNote: try callNoteDialog()
        case .declineNotification: try declineDialog()
        case .addNotification: try addNotificationDialog()
        case .chooseFallback: try fallbackDialog()
        case .correctLine: try correctionDialog()
        case .searchTimeline: searchDialog()
        case .completeTask: try completeTaskDialog()
        case .cancelTask: try cancelTaskDialog()
        case .addTask: try addTaskDialog()
        case .assignRole: try assignRoleDialog()
        case .issueForms: try issueFormsDialog()
        case .waiveForm: try waiveFormDialog()
        case .draftMessage: try draftMessageDialog()
        case .sendMessage: try sendMessageDialog()
        case .registerDeviation: registerDeviationDialog()
        case .recordCause: try recordCauseDialog()
        case .assessRisk: try assessRiskDialog()
        case .addMeasure: try addMeasureDialog()
        case .approveMeasure: try approveMeasureDialog()
        case .updateMeasure: try updateMeasureDialog()
        case .closeDeviation: try closeDeviationDialog()
        case .flagBreach: try flagBreachDialog()
        case .recordBreachDetails: try breachDetailsDialog()
        case .reportBreach: try reportBreachDialog()
        case .startExercise: try startExerciseDialog()
        case .skipInject: try skipInjectDialog()
        case .assessExpectation: try assessExpectationDialog()
        case .observe: try observeDialog()
        case .endExercise: try endExerciseDialog()
        case .noteHotWash: try hotWashDialog()
        case .evaluateExercise: try evaluateExerciseDialog()
        case .showExerciseNotes: try exerciseNotesDialog()
        case .showDetail: try detailDialog()
        case .approveMessageVerbally: try verbalApprovalDialog()
        case .advanceFormsInBulk: try bulkFormsDialog()
        default: throw NotNow("Tasten gjør ingenting her.")
        }
    }

    func requireIncident() throws(NotNow) -> Incident {
        guard let incident else { throw NotNow("Ingen hendelse er valgt. Trykk n for ny hendelse.") }
        return incident
    }

    /// The command for an action on the selected incident, by this operator, now.
    func command(_ action: Action, occurred: Date? = nil, onBehalfOf: String? = nil) -> Effect {
        .execute(Command(by: operatorName, occurred: occurred, onBehalfOf: onBehalfOf, action))
    }

    /// Moves the selection on the current screen; each list screen keeps its own.
    private mutating func move(by step: Int) {
        switch screen {
        case .overview:
            overview.move(by: step, in: whatNow)
        case .incidents:
            incidentList.move(by: step, count: state.incidents.count, for: state.incidents.count)
        case .timeline:
            timeline.move(by: step)
        case .notifications:
            if let incident { notifications.move(by: step, in: incident) }
        case .checklist:
            if let incident { checklist.move(by: step, in: incident, ChecklistRow.of(incident, in: state.organisation, now: now)) }
        case .tasks:
            if let incident { tasks.move(by: step, count: incident.tasks.count, for: incident.id) }
        case .paper:
            if let incident { paper.move(by: step, count: incident.forms.count, for: incident.id) }
        case .messages:
            if let incident { messages.move(by: step, count: incident.messages.count, for: incident.id) }
        case .deviations:
            let rows = deviationRows
            deviations.move(by: step, count: rows.count, for: rows.map(\.id))
        case .breach:
            break
        case .exercise:
            if let scenario = state.exercise?.scenario { injects.move(by: step, count: scenario.injects.count, for: scenario.id) }
        case .region:
            region?.move(by: step)
        }
    }

    private func tickStep() throws(NotNow) -> Effect {
        let incident = try requireIncident()
        let rows = ChecklistRow.of(incident, in: state.organisation, now: now)
        switch rows.dropFirst(checklist.selected(in: incident, rows)).first {
        case .step(let item): return command(.completeStep(incident.id, item.procedure.ref, step: item.step.id))
        case .measure(let item): return command(.completeMeasure(incident.id, item.category, measure: item.index))
        case .measuresHeading: throw NotNow("Velg et av tiltakene under overskriften.")
        case nil: throw NotNow("Ingen steg er valgt.")
        }
    }

    func selectedDuty() throws(NotNow) -> (Incident, NotificationDuty) {
        let incident = try requireIncident()
        guard let duty = NotificationList.rows(incident).dropFirst(notifications.selected(in: incident)).first else { throw NotNow("Ingen varsling er valgt.") }
        return (incident, duty)
    }

    func recordCall(_ outcome: CallOutcome, note: String?) throws(NotNow) -> Effect {
        let (incident, duty) = try selectedDuty()
        let number = isExercise ? nil : NotificationList.nextNumber(for: duty, in: state.organisation)
        return command(.recordCall(incident.id, duty.id, outcome: outcome, number: number, note: note))
    }
}

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
        case .show(let target):
            screen = target
            showsHelp = false
            if target == .notifications { selectNextOutstandingDuty() }
        case .nextIncident:
            let open = state.openIncidents.map(\.id)
            guard !open.isEmpty else { break }
            let next = selectedIncident.flatMap(open.firstIndex).map { ($0 + 1) % open.count } ?? 0
            selectedIncident = open[next]
            // Lists of this incident start from the top; the journal-wide ones keep their place.
            selection = selection.filter { [.timeline, .deviations, .exercise].contains($0.key) }
        case .moveUp: move(by: -1)
        case .moveDown: move(by: 1)
        case .pageUp: move(by: -10)
        case .pageDown: move(by: 10)
        case .toggleHelp: showsHelp.toggle()
        case .quit: return .quit
        case .toggleIncidentFilter:
            timelineFilter.incident = timelineFilter.incident == nil ? try requireIncident().id : nil
            selection[.timeline] = nil
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
        case .addMeasure: try addMeasureDialog()
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
        default: throw NotNow("Tasten gjør ingenting her.")
        }
    }

    func requireIncident() throws(NotNow) -> Incident {
        guard let incident else { throw NotNow("Ingen hendelse er valgt. Trykk n for ny hendelse.") }
        return incident
    }

    /// The command for an action on the selected incident, by this operator, now.
    func command(_ action: Action, occurred: Date? = nil) -> Effect {
        .execute(Command(by: operatorName, occurred: occurred, action))
    }

    private mutating func move(by step: Int) {
        guard screen != .overview else {
            let open = state.openIncidents.map(\.id)
            guard let current = selectedIncident.flatMap(open.firstIndex) else { return }
            selectedIncident = open[min(max(current + step, 0), open.count - 1)]
            return
        }
        let count = rowCount(on: screen)
        let current = selection[screen] ?? (screen == .timeline ? count - 1 : 0)
        selection[screen] = min(max(current + step, 0), max(count - 1, 0))
    }

    /// The first duty still to do from the selected one on, else from the top: after «nådd», on to the next.
    mutating func selectNextOutstandingDuty() {
        guard let duties = incident?.duties else { return }
        let from = selected(on: .notifications)
        let ahead = duties.indices.dropFirst(from).first { duties[$0].isOutstanding }
        selection[.notifications] = ahead ?? duties.firstIndex(where: \.isOutstanding) ?? from
    }

    private func tickStep() throws(NotNow) -> Effect {
        let incident = try requireIncident()
        guard let item = ChecklistItems.of(incident, in: state.organisation, now: now).dropFirst(selected(on: .checklist)).first else {
            throw NotNow("Ingen steg er valgt.")
        }
        return command(.completeStep(incident.id, item.procedure.ref, step: item.step.id))
    }

    func selectedDuty() throws(NotNow) -> (Incident, NotificationDuty) {
        let incident = try requireIncident()
        guard let duty = incident.duties.dropFirst(selected(on: .notifications)).first else { throw NotNow("Ingen varsling er valgt.") }
        return (incident, duty)
    }

    func recordCall(_ outcome: CallOutcome, note: String?) throws(NotNow) -> Effect {
        let (incident, duty) = try selectedDuty()
        let number = isExercise ? nil : NotificationList.nextNumber(for: duty, in: state.organisation)
        return command(.recordCall(incident.id, duty.id, outcome: outcome, number: number, note: note))
    }
}

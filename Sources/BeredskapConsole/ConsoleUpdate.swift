import BeredskapCore
import Foundation

/// What the app loop must do after a key.
public enum Effect: Sendable {
    case none
    /// Decide and write durably; then `saved`, or `fail` with what went wrong.
    case execute(Command)
    case quit
}

extension ConsoleModel {
    /// The model's answer to a key: a new model, and possibly a command for the journal.
    public mutating func handle(_ key: Key) -> Effect {
        if input != nil { return edit(key) }
        if showsHelp, key == .escape {
            showsHelp = false
            return .none
        }
        guard let binding = KeyBindings.binding(for: key, on: screen) else { return .none }
        message = nil
        return perform(binding.action)
    }

    private mutating func perform(_ action: KeyAction) -> Effect {
        switch action {
        case .show(let target):
            screen = target
            showsHelp = false
            if target == .notifications { selectNextOutstandingDuty() }
        case .newIncident: input = InputLine(.incidentTitle)
        case .writeLog: input = InputLine(.log)
        case .nextIncident:
            let open = state.openIncidents.map(\.id)
            guard !open.isEmpty else { break }
            let next = selectedIncident.flatMap(open.firstIndex).map { ($0 + 1) % open.count } ?? 0
            selectedIncident = open[next]
            selectedDuty = 0
            selectedStep = 0
        case .moveUp: move(by: -1)
        case .moveDown: move(by: 1)
        case .pageUp: move(by: -10)
        case .pageDown: move(by: 10)
        case .recordCall(let outcome): return recordCall(outcome)
        case .tickStep: return tickStep()
        case .toggleHelp: showsHelp.toggle()
        case .quit: return .quit
        }
        return .none
    }

    private mutating func move(by step: Int) {
        switch screen {
        case .overview:
            let open = state.openIncidents.map(\.id)
            guard let current = selectedIncident.flatMap(open.firstIndex) else { return }
            selectedIncident = open[min(max(current + step, 0), open.count - 1)]
        case .timeline:
            let top = timelineTop ?? max(timeline.count - 1, 0)
            timelineTop = min(max(top + step, 0), max(timeline.count - 1, 0))
        case .notifications:
            let count = incident?.duties.count ?? 0
            selectedDuty = min(max(selectedDuty + step, 0), max(count - 1, 0))
        case .checklist:
            let count = incident.map { ChecklistItems.of($0, in: state.organisation).count } ?? 0
            selectedStep = min(max(selectedStep + step, 0), max(count - 1, 0))
        }
    }

    /// The first duty still to do from the selected one on, else from the top: after «nådd», on to the next.
    mutating func selectNextOutstandingDuty() {
        guard let duties = incident?.duties else { return }
        let ahead = duties.indices.dropFirst(selectedDuty).first { duties[$0].isOutstanding }
        selectedDuty = ahead ?? duties.firstIndex(where: \.isOutstanding) ?? selectedDuty
    }

    private mutating func tickStep() -> Effect {
        guard let incident, let item = ChecklistItems.of(incident, in: state.organisation).dropFirst(selectedStep).first else {
            message = Message(text: "Ingen steg er valgt.", isError: true)
            return .none
        }
        return .execute(Command(by: operatorName, .completeStep(incident.id, item.procedure.ref, step: item.step.id)))
    }

    private mutating func recordCall(_ outcome: CallOutcome) -> Effect {
        guard let incident, incident.duties.indices.contains(selectedDuty) else {
            message = Message(text: "Ingen varsling er valgt.", isError: true)
            return .none
        }
        let duty = incident.duties[selectedDuty]
        let number = NotificationList.nextNumber(for: duty, in: state.organisation)
        return .execute(Command(by: operatorName, .recordCall(incident.id, duty.id, outcome: outcome, number: number, note: nil)))
    }

    private mutating func edit(_ key: Key) -> Effect {
        guard var line = input else { return .none }
        switch key {
        case .escape:
            input = nil
            message = nil
            return .none
        case .backspace:
            if !line.text.isEmpty { line.text.removeLast() }
        case .character(let character):
            line.text.append(character)
        case .enter:
            return submit(line)
        default:
            break
        }
        input = line
        return .none
    }

    private func submit(_ line: InputLine) -> Effect {
        switch line.purpose {
        case .incidentTitle:
            return .execute(Command(by: operatorName, .openIncident(title: line.text, detectedBy: nil)))
        case .log:
            let (occurred, text) = LateEntry.split(line.text, now: now, calendar: calendar)
            return .execute(Command(by: operatorName, occurred: occurred, .log(selectedIncident, text: text)))
        }
    }
}

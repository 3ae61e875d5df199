import BeredskapCore
import BeredskapStore
import Foundation

/// Enter or i on a line whose text the list cuts: the whole of it, wrapped and inert, over the body. Esc (or
/// Enter) closes it; nothing is written.
extension ConsoleModel {
    func detailDialog() throws(NotNow) -> Dialog {
        let (title, text) = try detail()
        let reading = Question.reading("Hele teksten", text)
        return Dialog(title, [reading]) { _ in .view { _ in } }
    }

    private func detail() throws(NotNow) -> (title: String, text: String) {
        switch screen {
        case .timeline:
            guard let entry = timeline.selectedEntry else { throw NotNow("Tidslinjen er tom.") }
            return ("Linje nr. \(entry.seq)", timelineDetail(entry))
        case .notifications:
            let (_, duty) = try selectedDuty()
            return ("Varsling \(duty.id): \(InertText.make(duty.recipient))", dutyDetail(duty))
        case .messages:
            let (_, message) = try selectedMessage()
            return ("Melding \(message.id) til \(InertText.make(message.draft.recipients))", message.draft.text)
        case .tasks:
            let incident = try requireIncident()
            guard let task = TaskList.ordered(incident, now: now).dropFirst(tasks.row(for: incident.id)).first else {
                throw NotNow("Ingen oppgave er valgt.")
            }
            let role = state.organisation.role(task.role)?.name ?? task.role.rawValue
            return ("Oppgave \(task.id) (\(role))", task.title)
        case .deviations:
            let deviation = try selectedDeviation()
            return ("Avvik \(deviation.id)", DeviationText(state: state, now: now).detail(deviation).joined(separator: "\n"))
        case .exercise:
            let (exercise, status) = try selectedInject()
            return ("Innspill \(status.inject.id)", injectDetail(status.inject, in: exercise).joined(separator: "\n"))
        case .overview, .incidents, .checklist, .paper, .breach, .region:
            throw NotNow("Tasten gjør ingenting her.")
        }
    }

    /// The line as the timeline has it, with who and when, and the corrections on either side of it.
    private func timelineDetail(_ entry: TimelineEntry) -> String {
        let line = TimelineLine(entry, in: state)
        var parts = ["Registrert \(day(line.registered)) \(clock(line.registered)) av \(line.registeredBy)"
            + (line.occurred.map { "; skjedde \(clock($0))" } ?? "") + (line.incident.map { " · \($0)" } ?? ""), "", line.summary]
        let byCorrections = line.correctedBy.compactMap { seq in timeline.lines.entry(seq: seq) }
        if !byCorrections.isEmpty {
            parts += ["", line.correctionMark.map { $0.prefix(1).uppercased() + $0.dropFirst() + "; linjen over står som skrevet:" } ?? ""]
            parts += byCorrections.map { "nr. \($0.seq): \($0.summary(in: state.organisation))" }
        }
        if case .entryCorrected(let correction)? = entry.event?.body,
           let corrected = timeline.lines.entry(seq: correction.corrects) {
            parts += ["", "Linjen som rettes, nr. \(corrected.seq): \(corrected.summary(in: state.organisation))"]
        }
        return parts.joined(separator: "\n")
    }

    /// A notification duty and every attempt at it, with notes whole.
    private func dutyDetail(_ duty: NotificationDuty) -> String {
        var parts = [(duty.mandatory ? "Påkrevd" : "Ikke påkrevd") + (duty.due.map { ", frist \(deadline($0))" } ?? ", uten frist")]
        if let reason = duty.declinedReason { parts.append("Varsles ikke: \(reason)") }
        parts += duty.attempts.map { attempt in
            let corrected = TimelineLine.correctionMark(state.corrections[attempt.seq] ?? []).map { " [\($0)]" } ?? ""
            return "\(clock(attempt.at)) \(attempt.outcome.word) (\(attempt.by))" + (attempt.number.map { ", \($0)" } ?? "")
                + corrected + (attempt.note.map { ": \($0)" } ?? "")
        }
        if duty.attempts.isEmpty { parts.append("Ikke forsøkt ennå.") }
        return parts.joined(separator: "\n")
    }
}

import BeredskapCore
import Foundation

/// Varsling: the incident's notification duties with deadlines and attempts; under the selected one, the
/// recipient's numbers in order, the next one to try marked, and a stale contact said as such. In an exercise
/// no real number is shown: calls are played with the facilitator.
enum NotificationScreen {
    static func draw(_ model: ConsoleModel, _ incident: Incident, into grid: inout Grid) {
        let body = Layout(size: grid.size).body
        grid.put("Varsling for \(incident.id) (\(incident.duties.filter(\.isOutstanding).count) gjenstår)",
                 row: body.lowerBound, column: 1, style: Style(bold: true))
        let detailRows = 4
        let duties = NotificationList.rows(incident)
        if duties.isEmpty {
            ListRows.empty("Ingen varslinger ennå; de kommer med nivå og kategori. + legger til en.", row: body.lowerBound + 1, into: &grid)
            return
        }
        let selected = model.notifications.selected(in: incident)
        ListRows.draw(duties, selected: selected, rows: (body.lowerBound + 1)..<(body.upperBound - detailRows), into: &grid) {
            drawDuty($0, row: $1, column: $2, style: $3, model: model, into: &$4)
        }
        if duties.indices.contains(selected) {
            drawContact(duties[selected], firstRow: body.upperBound - detailRows, model: model, into: &grid)
        }
    }

    private static func drawDuty(_ duty: NotificationDuty, row: Int, column: Int, style: Style, model: ConsoleModel, into grid: inout Grid) {
        let overdue = duty.isOutstanding && (duty.due.map { $0 < model.now } ?? false)
        let status: String
        let shown = duty.attempts.first { $0.outcome.fulfils } ?? duty.attempts.last
        // The attempt shown was set right by a correction: its line in the log stays, marked.
        let corrected = shown.map { model.state.corrections[$0.seq] != nil } == true ? ", korrigert" : ""
        if let reached = duty.reachedAt {
            status = "nådd \(model.clock(reached))" + corrected
        } else if let reason = duty.declinedReason {
            status = "varsles ikke: \(InertText.make(reason))"
        } else if let last = duty.attempts.last {
            status = "\(last.outcome.word) \(model.clock(last.at))" + (duty.attempts.count > 1 ? " (\(duty.attempts.count). forsøk)" : "") + corrected
        } else {
            status = "ikke forsøkt"
        }
        let due = duty.due.map { (overdue ? "FORSINKET " : "frist ") + model.deadline($0) } ?? "uten frist"
        let end = grid.put(duty.id.rawValue, row: row, column: column, width: 4, style: style)
        let recipient = max(end + 1, column + 5)
        grid.put(InertText.make(duty.recipient) + (duty.mandatory ? " *" : ""), row: row, column: recipient,
                 width: grid.size.columns - 46 - recipient, style: style)
        grid.put(due, row: row, column: grid.size.columns - 44, width: 16, style: overdue ? Style(.overdue, bold: true) : style)
        grid.put(status, row: row, column: grid.size.columns - 27, width: 26, style: style)
    }

    private static func drawContact(_ duty: NotificationDuty, firstRow: Int, model: ConsoleModel, into grid: inout Grid) {
        grid.put(String(repeating: "─", count: grid.size.columns), row: firstRow, column: 0, style: Style(.dim))
        guard let contact = duty.contact.flatMap(model.state.organisation.contact) else {
            grid.put("Ingen kontakt i kontaktlisten for denne varslingen.", row: firstRow + 1, column: 1, style: Style(.dim))
            return
        }
        var column = grid.put(InertText.make(contact.recipientLabel), row: firstRow + 1, column: 1, style: Style(bold: true))
        if model.state.organisation.isStale(contact, at: model.now) {
            column = grid.put("  UTDATERT: sist bekreftet for \(contact.age(at: model.now)) dager siden", row: firstRow + 1,
                              column: column, style: Style(.overdue, bold: true))
        }
        if model.isExercise {
            grid.put("ØVELSE: ikke ring. Spill samtalen med øvingslederen og før utfallet her.", row: firstRow + 2, column: 1,
                     style: Style(.exercise, bold: true))
        } else {
            let next = NotificationList.nextNumber(for: duty, in: model.state.organisation)
            var numbers = 1
            for (index, phone) in contact.phones.enumerated() {
                let marked = phone == next && duty.isOutstanding
                numbers = grid.put("\(index + 1). \(InertText.make(phone))" + (marked ? " ◀ neste" : ""), row: firstRow + 2,
                                   column: numbers, style: marked ? Style(bold: true) : .normal) + 3
            }
        }
        if let note = duty.attempts.last(where: { $0.note != nil })?.note {
            grid.put("Notat: " + InertText.make(note), row: firstRow + 3, column: 1, style: Style(.dim))
        } else if duty.isOutstanding {
            let outcomes = KeyBindings.all.filter { if case .recordCall = $0.action { true } else { false } }
            grid.put("Etter samtalen: " + outcomes.map { "\($0.keyLabel) \($0.label.lowercased())" }.joined(separator: " · ")
                     + " · c med notat", row: firstRow + 3, column: 1, style: Style(.dim))
        }
    }
}

import BeredskapCore
import Foundation

/// Varsling: the incident's notification duties with deadlines and attempts; under the selected one, the
/// recipient's numbers in order, the next one to try marked, and a stale contact said as such.
enum NotificationScreen {
    static func draw(_ model: ConsoleModel, into grid: inout Grid) {
        let body = Layout(size: grid.size).body
        guard let incident = model.incident else {
            grid.put("Ingen hendelse valgt.", row: body.lowerBound, column: 1)
            return
        }
        grid.put("Varsling for \(incident.id) (\(incident.duties.filter(\.isOutstanding).count) gjenstår)",
                 row: body.lowerBound, column: 1, style: Style(bold: true))
        let detailRows = 4
        let listRows = body.count - 1 - detailRows
        let duties = incident.duties
        let top = max(0, min(model.selectedDuty - listRows + 1, duties.count - listRows))
        for (offset, duty) in duties.enumerated().dropFirst(top).prefix(listRows) {
            let row = body.lowerBound + 1 + offset - top
            drawDuty(duty, selected: offset == model.selectedDuty, row: row, model: model, into: &grid)
        }
        if duties.indices.contains(model.selectedDuty) {
            drawContact(duties[model.selectedDuty], firstRow: body.upperBound - detailRows, model: model, into: &grid)
        }
    }

    private static func drawDuty(_ duty: NotificationDuty, selected: Bool, row: Int, model: ConsoleModel, into grid: inout Grid) {
        let overdue = duty.isOutstanding && (duty.due.map { $0 < model.now } ?? false)
        let base = selected ? Style(.selected) : .normal
        if selected { grid.paint(row: row, style: base) }
        let status: String
        if let reached = duty.reachedAt {
            status = "nådd \(model.clock(reached))"
        } else if let reason = duty.declinedReason {
            status = "avslått: \(InertText.make(reason))"
        } else if let last = duty.attempts.last {
            status = "\(last.outcome.rawValue) \(model.clock(last.at))"
        } else {
            status = "ikke forsøkt"
        }
        let due = duty.due.map { (overdue ? "FORSINKET " : "frist ") + model.clock($0) } ?? "uten frist"
        let column = grid.put((selected ? "▶ " : "  ") + duty.id.rawValue, row: row, column: 1, width: 6, style: base)
        grid.put(InertText.make(duty.recipient) + (duty.mandatory ? " *" : ""), row: row, column: column + 1,
                 width: grid.size.columns - 46 - column, style: base)
        grid.put(due, row: row, column: grid.size.columns - 44, width: 16, style: overdue ? Style(.overdue, bold: true) : base)
        grid.put(status, row: row, column: grid.size.columns - 27, width: 26, style: base)
    }

    private static func drawContact(_ duty: NotificationDuty, firstRow: Int, model: ConsoleModel, into grid: inout Grid) {
        grid.put(String(repeating: "─", count: grid.size.columns), row: firstRow, column: 0, style: Style(.dim))
        guard let contact = duty.contact.flatMap(model.state.organisation.contact) else {
            grid.put("Ingen kontakt i kontaktlisten for denne varslingen.", row: firstRow + 1, column: 1, style: Style(.dim))
            return
        }
        var column = grid.put(InertText.make(contact.recipientLabel), row: firstRow + 1, column: 1, style: Style(bold: true))
        if NotificationList.isStale(contact, in: model.state.organisation, now: model.now) {
            column = grid.put("  UTDATERT: sist bekreftet for \(contact.age(at: model.now)) dager siden", row: firstRow + 1,
                              column: column, style: Style(.overdue, bold: true))
        }
        let next = NotificationList.nextNumber(for: duty, in: model.state.organisation)
        var numbers = 1
        for (index, phone) in contact.phones.enumerated() {
            let marked = phone == next && duty.isOutstanding
            numbers = grid.put("\(index + 1). \(InertText.make(phone))" + (marked ? " ◀ neste" : ""), row: firstRow + 2,
                               column: numbers, style: marked ? Style(bold: true) : .normal) + 3
        }
        if duty.isOutstanding {
            let outcomes = KeyBindings.all.filter { if case .recordCall = $0.action { true } else { false } }
            grid.put("Etter samtalen: " + outcomes.map { "\($0.keyLabel) \($0.label.lowercased())" }.joined(separator: " · "),
                     row: firstRow + 3, column: 1, style: Style(.dim))
        }
    }
}

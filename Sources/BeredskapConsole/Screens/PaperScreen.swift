import BeredskapCore

/// Papir: every paper form by serial, from handed out to checked after re-entry; what is unsettled blocks
/// closing, and the bottom line says how far the reconciliation has come.
enum PaperScreen {
    static func draw(_ model: ConsoleModel, _ incident: Incident, into grid: inout Grid) {
        let body = Layout(size: grid.size).body
        let forms = incident.forms
        let counts = FormStatus.allCases.map { status in "\(forms.filter { $0.status == status }.count) \(status.rawValue)" }
        grid.put("Papirskjema for \(incident.id): " + counts.joined(separator: " · "), row: body.lowerBound, column: 1, style: Style(bold: true))
        if forms.isEmpty {
            ListRows.empty("Ingen skjema delt ut; + deler ut nummererte skjema.", row: body.lowerBound + 1, into: &grid)
            return
        }
        ListRows.draw(forms, selected: model.paper.row(for: incident.id), rows: (body.lowerBound + 1)..<(body.upperBound - 1), into: &grid) {
            form, row, column, style, grid in
            let settled = form.status.isSettled
            let base = settled && style == .normal ? Style(.dim) : style
            let title = model.state.organisation.form(form.form)?.title ?? form.form.rawValue
            let wide = grid.size.columns >= 120
            var column = grid.put(form.serial.rawValue, row: row, column: column, width: 10, style: base)
            column = grid.put(title, row: row, column: max(column + 1, 14), width: wide ? 40 : 25, style: base)
            column = grid.put(InertText.make(form.issuedTo), row: row, column: max(column + 1, wide ? 56 : 41), width: 16, style: base)
            let status = form.status.rawValue + (form.waivedReason.map { ": " + InertText.make($0) } ?? "")
                + (form.status.next.map { " → \($0.rawValue)" } ?? "")
            grid.put(status, row: row, column: max(column + 1, wide ? 74 : 58), style: base)
        }
        let unsettled = incident.unsettledForms.count
        grid.put(unsettled == 0 ? "Alt papir er avstemt." : "\(unsettled) skjema må kontrolleres eller frafalles før hendelsen lukkes.",
                 row: body.upperBound - 1, column: 1, style: unsettled == 0 ? Style(.dim) : Style(bold: true))
    }
}

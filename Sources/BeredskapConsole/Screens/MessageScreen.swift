import BeredskapCore

/// Meldinger: drafts, approvals and sendings; the selected message's text below the list.
enum MessageScreen {
    static func draw(_ model: ConsoleModel, _ incident: Incident, into grid: inout Grid) {
        let body = Layout(size: grid.size).body
        let messages = incident.messages
        let approver = model.state.roles[.crisisLead]
        grid.put("Meldinger for \(incident.id) (godkjennes av " + (approver.map { InertText.make($0) } ?? "krisestabsleder, ikke utpekt") + ")",
                 row: body.lowerBound, column: 1, style: Style(bold: true))
        if messages.isEmpty {
            ListRows.empty("Ingen meldinger ennå; + lager et utkast fra en mal.", row: body.lowerBound + 1, into: &grid)
            return
        }
        let (list, detail) = Layout(size: grid.size).listAndDetail(count: messages.count)
        let selected = model.messages.row(for: incident.id)
        ListRows.draw(messages, selected: selected, rows: list, into: &grid) {
            message, row, column, style, grid in
            let status = message.sent.last.map { "sendt \(model.clock($0.at)) (\(InertText.make($0.channel)))" }
                ?? (message.approvedBy.map { "godkjent av \(InertText.make($0.rawValue)); e når sendt" } ?? "utkast; j godkjenner")
            let end = grid.put("\(message.id)  \(message.draft.audience.rawValue): \(InertText.make(message.draft.recipients))", row: row,
                               column: column, width: grid.size.columns - 44 - column, style: style)
            grid.put(status, row: row, column: max(end + 1, grid.size.columns - 42), style: style)
        }
        guard messages.indices.contains(selected) else { return }
        Layout.divider(above: detail, into: &grid)
        TextBlock.draw(messages[selected].draft.text, rows: detail, into: &grid)
    }
}

/// Running text wrapped at the screen's width, its own line breaks kept, made inert line by line, and cut
/// with «…» when the rows run out.
enum TextBlock {
    static func draw(_ text: String, rows: Range<Int>, into grid: inout Grid, style: Style = .normal) {
        let lines = wrap(text, width: grid.size.columns - 2)
        for (offset, line) in lines.prefix(rows.count).enumerated() {
            let last = offset == rows.count - 1 && lines.count > rows.count
            grid.put(last ? line + " …" : line, row: rows.lowerBound + offset, column: 1, style: style)
        }
    }

    static func wrap(_ text: String, width: Int) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).flatMap { paragraph -> [String] in
            var lines: [String] = []
            var line = ""
            for word in paragraph.split(separator: " ") {
                if !line.isEmpty, DisplayWidth.of(line) + 1 + DisplayWidth.of(String(word)) > width {
                    lines.append(line)
                    line = ""
                }
                line += (line.isEmpty ? "" : " ") + word
            }
            return (lines + [line]).map { InertText.make($0) }
        }
    }
}

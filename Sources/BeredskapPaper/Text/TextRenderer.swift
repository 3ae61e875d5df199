import BeredskapCore
/// Renders a document as plain UTF-8 text for any printer: the same blocks as the PDF, wrapped at 78 columns,
/// with the page facts once at the top of each copy.
public enum TextRenderer {
    static let columns = 78

    public static func render(_ document: PaperDocument, run: PrintRun) -> String {
        (1...run.copies).map { copy in
            var lines = header(document, run: run, copy: copy)
            for block in document.blocks { lines += render(block) }
            return lines.joined(separator: "\n") + "\n"
        }.joined(separator: "\n")
    }

    private static func header(_ document: PaperDocument, run: PrintRun, copy: Int) -> [String] {
        var lines = [run.organisationLine + " · " + run.classification, document.mark.line, run.printLine(copy: copy, plan: document.plan)]
        if let witness = run.witness { lines.append(witness) }
        if run.exercise { lines.append("*** \(PrintRun.exerciseWord) ***") }
        if document.plan?.isDraft == true { lines.append("*** \(PlanEdition.draftWord) ***") }
        return lines.map(TextWrap.inert) + [String(repeating: "=", count: columns)]
    }

    private static func render(_ block: Block) -> [String] {
        switch block {
        case .title(let text):
            let lines = TextWrap.lines(text, width: columns)
            return [""] + lines + [String(repeating: "=", count: lines.map(\.count).max() ?? 0)]
        case .heading(let text):
            let lines = TextWrap.lines(text, width: columns)
            return [""] + lines + [String(repeating: "-", count: lines.map(\.count).max() ?? 0)]
        case .subheading(let text): return [""] + TextWrap.lines(text, width: columns)
        case .contents(let titles):
            return titles.enumerated().flatMap { TextWrap.lines($0.element, width: columns, firstPrefix: "\($0.offset + 1). ", prefix: "    ") } + [""]
        case .paragraph(let text), .note(let text): return TextWrap.lines(text, width: columns) + [""]
        case .table(let table): return self.table(table)
        case .checklist(let items): return items.flatMap(checklistItem) + [""]
        case .form(let sheet): return form(sheet)
        case .writingLines(let count): return Array(repeating: String(repeating: "_", count: columns), count: count) + [""]
        case .section(let mark): return ["", String(repeating: "=", count: columns), TextWrap.inert(mark.line)]
        case .pageBreak: return [""]
        }
    }

    /// One entry per row: the first column, then the others labelled and indented.
    private static func table(_ table: Table) -> [String] {
        table.rows.flatMap { row in
            let first = TextWrap.lines(row.first ?? "", width: columns - 2, firstPrefix: "- ", prefix: "  ")
            let rest = zip(table.columns.dropFirst(), row.dropFirst()).filter { !$0.1.isEmpty }.flatMap { column, value in
                TextWrap.lines("\(column.title): \(value)", width: columns - 4, firstPrefix: "    ", prefix: "      ")
            }
            return first + rest
        } + [""]
    }

    private static func checklistItem(_ item: ChecklistItem) -> [String] {
        let number = "[ ] \(item.number). "
        let indent = String(repeating: " ", count: number.count)
        return TextWrap.lines((item.critical ? "KRITISK: " : "") + item.text, width: columns, firstPrefix: number, prefix: indent)
            + TextWrap.lines(item.detail, width: columns, firstPrefix: indent, prefix: indent)
            + [indent + "Klokken ________   Signatur ________"]
    }

    private static func form(_ sheet: FormSheet) -> [String] {
        let identity = sheet.patient == .none ? [] : ["PASIENTENS IDENTITET"] + TextWrap.lines(FormSheet.identityNote(sheet.patient), width: columns)
            + [""] + sheet.patient.fields.flatMap(field)
        return [""] + TextWrap.lines(sheet.title, width: columns) + ["Løpenummer: " + TextWrap.inert(sheet.serial ?? "______________"), ""]
            + identity + sheet.fields.flatMap(field)
    }

    /// A field with writing space for its size.
    private static func field(_ field: FormField) -> [String] {
        let line = "    " + String(repeating: "_", count: 60)
        return switch field.size {
        case .check: TextWrap.lines("[ ] " + field.label, width: columns) + [""]
        case .short: TextWrap.lines(field.label + ":", width: columns) + ["    " + String(repeating: "_", count: 24), ""]
        case .line: TextWrap.lines(field.label + ":", width: columns) + [line, ""]
        case .large: TextWrap.lines(field.label + ":", width: columns) + Array(repeating: line, count: 12) + [""]
        }
    }
}

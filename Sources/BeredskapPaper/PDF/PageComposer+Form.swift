import BeredskapCore

/// A paper form on a page of its own, laid out for handwriting: the serial, the patient's identity at the top of a
/// clinical form, then each field sized for what is written in it (a journal note's text takes the rest of the page).
extension PageComposer {
    func form(_ sheet: FormSheet) {
        if !pageIsEmpty { newPage() }
        text(sheet.title, font: .heading, before: 0, after: 6)
        text("Løpenummer: " + (sheet.serial ?? "______________"), font: Font(size: 14, bold: true), before: 0, after: 10)
        if sheet.patient != .none {
            text("Pasientens identitet", font: .subheading, before: 0, after: 2)
            text(FormSheet.identityNote(sheet.patient), font: .small, before: 0, after: 6, grey: 0.2)
            for field in sheet.patient.fields { self.field(field, below: []) }
            y += 6
        }
        for (index, field) in sheet.fields.enumerated() { self.field(field, below: Array(sheet.fields[(index + 1)...])) }
    }

    /// Height of a field's box, its small label printed inside at the top as on a paper form; `large` takes what
    /// the page has left after the fields below it.
    private func box(_ field: FormField, below: [FormField]) -> Double {
        switch field.size {
        case .check: 16
        case .short, .line: 28
        case .large: max(140, PageSize.bodyBottom - y - 8 - below.reduce(0) { $0 + box($1, below: []) + 6 })
        }
    }

    private func field(_ field: FormField, below: [FormField]) {
        let height = box(field, below: below)
        reserve(height + 6)
        canvas.setGrey(0.2)
        canvas.setLineWidth(field.size == .check ? 1 : 0.6)
        if field.size == .check {
            canvas.strokeRectangle(x: left, y: y, width: 14, height: 14)
            typesetter.layout(field.label, font: .small, width: width - 24).draw(on: canvas, x: left + 24, y: y + 2)
        } else {
            canvas.strokeRectangle(x: left, y: y, width: field.size == .short ? width * 0.4 : width, height: height)
            typesetter.layout(field.label, font: .small, width: width - 8).draw(on: canvas, x: left + 4, y: y + 2)
        }
        y += height + 6
    }
}

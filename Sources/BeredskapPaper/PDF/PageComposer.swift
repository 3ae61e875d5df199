/// Typesets blocks onto recorded pages from top to bottom, starting a new page when the next piece does not fit.
final class PageComposer {
    let typesetter: Typesetter
    private(set) var pages: [RecordedPage] = []
    private var mark: DocumentMark
    var y = PageSize.bodyTop
    let left = PageSize.margin
    let width = PageSize.bodyWidth
    /// The page (1-based) each heading first appears on.
    private(set) var headingPages: [String: Int] = [:]
    /// Page numbers for a table of contents, from an earlier pass over the same blocks.
    private let contentsPages: [String: Int]

    init(typesetter: Typesetter, mark: DocumentMark, contentsPages: [String: Int] = [:]) {
        self.typesetter = typesetter
        self.mark = mark
        self.contentsPages = contentsPages
        newPage()
    }

    var canvas: Canvas { pages[pages.count - 1].canvas }
    var pageIsEmpty: Bool { y == PageSize.bodyTop }

    func newPage() {
        pages.append(RecordedPage(mark: mark))
        y = PageSize.bodyTop
    }

    /// Starts a new page unless `height` still fits on this one (or this one is empty).
    func reserve(_ height: Double) {
        if y + height > PageSize.bodyBottom, !pageIsEmpty { newPage() }
    }

    func compose(_ blocks: [Block]) {
        for block in blocks {
            switch block {
            case .title(let value): text(value, font: .title, before: 0, after: 20)
            case .heading(let value):
                heading(value, font: .heading, before: 18)
                if headingPages[value] == nil { headingPages[value] = pages.count }
            case .contents(let titles): contents(titles)
            case .subheading(let value): heading(value, font: .subheading, before: 12)
            case .paragraph(let value): text(value, font: .body, before: 0, after: 8)
            case .note(let value): text(value, font: .small, before: 0, after: 8, grey: 0.3)
            case .table(let table): self.table(table)
            case .checklist(let items): checklist(items)
            case .form(let sheet): form(sheet)
            case .writingLines(let count): writingLines(count)
            case .section(let mark):
                self.mark = mark
                if pageIsEmpty { pages[pages.count - 1].mark = mark } else { newPage() }
            case .pageBreak: if !pageIsEmpty { newPage() }
            }
        }
    }

    /// A paragraph taller than the page goes on over as many pages as it needs, cut between lines.
    func text(_ text: String, font: Font, before: Double, after: Double, grey: Double = 0) {
        var layout = typesetter.layout(text, font: font, width: width)
        reserve(before + layout.height)
        if !pageIsEmpty { y += before }
        while let (head, rest) = layout.split(fitting: PageSize.bodyBottom - y) {
            canvas.setGrey(grey)
            typesetter.layout(head, font: font, width: width).draw(on: canvas, x: left, y: y)
            newPage()
            layout = typesetter.layout(rest, font: font, width: width)
        }
        canvas.setGrey(grey)
        layout.draw(on: canvas, x: left, y: y)
        y += layout.height + after
    }

    /// Ruled lines across the column, kept together on one page.
    private func writingLines(_ count: Int) {
        let spacing = 22.0
        reserve(Double(count) * spacing + 8)
        canvas.setGrey(0.5)
        canvas.setLineWidth(0.5)
        for _ in 0..<count {
            y += spacing
            canvas.line(from: (left, y), to: (left + width, y))
        }
        y += 10
    }

    /// A heading is never the last thing on a page: it keeps room for some of what follows.
    private func heading(_ text: String, font: Font, before: Double) {
        let layout = typesetter.layout(text, font: font, width: width)
        reserve(before + layout.height + 90)
        if !pageIsEmpty { y += before }
        canvas.setGrey(0)
        layout.draw(on: canvas, x: left, y: y)
        y += layout.height + 8
    }

    /// One line per heading with its page number at the right margin; "–" until the page is known.
    private func contents(_ titles: [String]) {
        for (index, title) in titles.enumerated() {
            let line = typesetter.layout("\(index + 1).  \(title)", font: .body, width: width - 40)
            let number = typesetter.layout(contentsPages[title].map(String.init) ?? "–", font: .body)
            reserve(line.height + 6)
            canvas.setGrey(0)
            line.draw(on: canvas, x: left, y: y)
            number.draw(on: canvas, x: left + width - number.size.width, y: y)
            y += line.height + 6
        }
        y += 8
    }

    /// Cells wrapped in their columns, the header (when the columns have titles) repeated at the top of every page
    /// the table runs onto.
    private func table(_ table: Table) {
        let widths = table.columns.map { $0.width * width }
        let drawHeader = {
            guard table.columns.contains(where: { !$0.title.isEmpty }) else { return }
            let cells = table.columns.map { self.typesetter.layout($0.title, font: Font(size: Font.small.size, bold: true), width: $0.width * self.width - 6) }
            self.row(cells, widths: widths, padding: 4)
        }
        let firstRow = table.rows.first.map { cells(of: $0, widths: widths) } ?? []
        reserve(40 + (firstRow.map(\.height).max() ?? 0))
        drawHeader()
        // A row that does not fit moves to the next page whole; one taller than a page (a long log line) is cut
        // between lines and goes on, under the header, on the next.
        var rowsOnPage = 0
        for row in table.rows {
            var texts = row
            var cells = cells(of: texts, widths: widths)
            while y + (cells.map(\.height).max() ?? 0) + 10 > PageSize.bodyBottom {
                if rowsOnPage == 0 {
                    let parts = cells.map { $0.split(fitting: PageSize.bodyBottom - y - 10) }
                    self.row(self.cells(of: zip(texts, parts).map { $1?.head ?? $0 }, widths: widths), widths: widths, padding: 5)
                    texts = parts.map { $0?.rest ?? "" }
                    cells = self.cells(of: texts, widths: widths)
                }
                newPage()
                drawHeader()
                rowsOnPage = 0
            }
            self.row(cells, widths: widths, padding: 5)
            rowsOnPage += 1
        }
        y += 10
    }

    private func cells(of row: [String], widths: [Double]) -> [TextLayout] {
        zip(row, widths).map { typesetter.layout($0, font: .small, width: $1 - 6) }
    }

    private func row(_ cells: [TextLayout], widths: [Double], padding: Double) {
        let height = (cells.map(\.height).max() ?? 0) + 2 * padding
        var x = left
        canvas.setGrey(0)
        for (cell, columnWidth) in zip(cells, widths) {
            cell.draw(on: canvas, x: x, y: y + padding)
            x += columnWidth
        }
        canvas.setGrey(0.6)
        canvas.setLineWidth(0.5)
        canvas.line(from: (left, y + height), to: (left + width, y + height))
        y += height
    }

    /// READ-DO rows: number, a box to tick, the step with who and by when, and lines for the time and initials.
    /// A step that does not fit moves to the next page whole; one taller than a page is cut between lines, and its
    /// number, box and writing lines stay with its first part.
    private func checklist(_ items: [ChecklistItem]) {
        let numberWidth = 24.0, boxWidth = 22.0, writeWidth = 66.0
        let textWidth = width - numberWidth - boxWidth - 2 * writeWidth - 8
        let drawCaptions = {
            self.canvas.setGrey(0.3)
            self.typesetter.layout("Klokken", font: .small).draw(on: self.canvas, x: self.left + self.width - 2 * writeWidth, y: self.y)
            self.typesetter.layout("Signatur", font: .small).draw(on: self.canvas, x: self.left + self.width - writeWidth, y: self.y)
            self.y += 14
        }
        reserve(60)
        drawCaptions()
        var itemsOnPage = 0
        for item in items {
            // A critical step stands out in print: bold text and a bold «KRITISK», not only small grey words.
            let font = Font(size: Font.body.size, bold: item.critical)
            let detail = typesetter.layout((item.critical ? "KRITISK · " : "") + item.detail,
                                           font: Font(size: Font.small.size, bold: item.critical), width: textWidth)
            var text = typesetter.layout(item.text, font: font, width: textWidth)
            var first = true
            while y + max(text.height + detail.height + 22, 40) > PageSize.bodyBottom {
                if itemsOnPage == 0, let (head, rest) = text.split(fitting: PageSize.bodyBottom - y - 22) {
                    checklistRow(item, number: first, text: typesetter.layout(head, font: font, width: textWidth), detail: nil,
                                 textX: numberWidth + boxWidth, writeWidth: writeWidth)
                    text = typesetter.layout(rest, font: font, width: textWidth)
                    first = false
                } else if itemsOnPage == 0 {
                    break
                }
                newPage()
                drawCaptions()
                itemsOnPage = 0
            }
            checklistRow(item, number: first, text: text, detail: detail, textX: numberWidth + boxWidth, writeWidth: writeWidth)
            itemsOnPage += 1
        }
        y += 12
    }

    /// One step (or the part of it on this page): the number, box and writing lines only with its `first` part,
    /// the detail only with its last.
    private func checklistRow(_ item: ChecklistItem, number: Bool, text: TextLayout, detail: TextLayout?,
                              textX: Double, writeWidth: Double) {
        let height = max(text.height + (detail?.height ?? 0) + 22, 40)
        let top = y + 8
        canvas.setGrey(0)
        if number {
            typesetter.layout("\(item.number).", font: Font(size: Font.body.size, bold: true)).draw(on: canvas, x: left, y: top)
            canvas.setLineWidth(item.critical ? 2.4 : 1.2)
            canvas.strokeRectangle(x: left + textX - 22, y: top + 1, width: 12, height: 12)
        }
        text.draw(on: canvas, x: left + textX, y: top)
        if let detail {
            canvas.setGrey(item.critical ? 0 : 0.3)
            detail.draw(on: canvas, x: left + textX, y: top + text.height + 3)
        }
        if number {
            canvas.setGrey(0.2)
            canvas.setLineWidth(0.6)
            for column in 0..<2 {
                let x = left + width - Double(2 - column) * writeWidth
                canvas.line(from: (x + 4, top + 16), to: (x + writeWidth - 6, top + 16))
            }
        }
        canvas.setGrey(0.75)
        canvas.setLineWidth(0.5)
        canvas.line(from: (left, y + height), to: (left + width, y + height))
        y += height
    }
}

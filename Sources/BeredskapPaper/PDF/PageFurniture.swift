import Foundation

/// What every printed page carries around its body: organisation, classification, document mark, print time,
/// copy, page x of y, and ØVELSE on exercise output (as header text and as an outlined diagonal watermark).
struct PageFurniture {
    let typesetter: Typesetter
    let run: PrintRun
    /// The plan edition of a plan document: its line in the footer, and UTKAST beside the classification.
    let plan: PlanEdition?

    /// Drawn under the body: outlines only, so text extraction never sees scattered letters.
    func drawWatermark(on canvas: Canvas) {
        guard run.exercise else { return }
        let layout = typesetter.layout(PrintRun.exerciseWord, font: .watermark)
        let (width, height) = layout.size
        canvas.transformed(x: PageSize.width / 2, y: PageSize.height / 2, angle: -atan2(PageSize.height, PageSize.width)) {
            canvas.setGrey(0.72)
            canvas.setLineWidth(1.5)
            layout.outline(on: canvas, x: -width / 2, y: -height / 2)
        }
    }

    func drawHeaderAndFooter(on canvas: Canvas, mark: DocumentMark, page: Int, of total: Int, copy: Int) {
        let left = PageSize.margin
        let right = PageSize.width - PageSize.margin
        let strong = Font(size: Font.small.size, bold: true)
        canvas.setGrey(0)
        typesetter.layout(run.organisationLine, font: strong).draw(on: canvas, x: left, y: 36)
        drawRightAligned(run.flag(plan: plan), font: Font(size: 10, bold: true), right: right, y: 35, on: canvas)
        canvas.setGrey(0.25)
        typesetter.layout(mark.line, font: .small).draw(on: canvas, x: left, y: 50)
        canvas.setLineWidth(0.6)
        canvas.line(from: (left, 68), to: (right, 68))
        let footerTop = PageSize.height - 52
        canvas.line(from: (left, footerTop - 6), to: (right, footerTop - 6))
        typesetter.layout(run.printLine(copy: copy, plan: plan), font: .small).draw(on: canvas, x: left, y: footerTop)
        if let witness = run.witness {
            typesetter.layout(witness, font: .small).draw(on: canvas, x: left, y: footerTop + 12)
        }
        canvas.setGrey(0)
        drawRightAligned("Side \(page) av \(total)", font: strong, right: right, y: footerTop, on: canvas)
    }

    private func drawRightAligned(_ text: String, font: Font, right: Double, y: Double, on canvas: Canvas) {
        let layout = typesetter.layout(text, font: font)
        layout.draw(on: canvas, x: right - layout.size.width, y: y)
    }
}

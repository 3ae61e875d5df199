/// Renders a document to an A4 PDF through pango and cairo: the body is typeset once onto recorded pages, then
/// every copy paints them with header, footer and page x of y now that the total is known.
public enum PDFRenderer {
    /// Writes `document` to `path`; returns the number of pages written (all copies).
    @discardableResult
    public static func write(_ document: PaperDocument, run: PrintRun, to path: String) throws(PaperError) -> Int {
        let typesetter = Typesetter()
        var composer = PageComposer(typesetter: typesetter, mark: document.mark)
        composer.compose(document.blocks)
        if document.blocks.contains(where: { if case .contents = $0 { true } else { false } }) {
            // A second pass with the page numbers now known; a contents line is as tall with them as without.
            composer = PageComposer(typesetter: typesetter, mark: document.mark, contentsPages: composer.headingPages)
            composer.compose(document.blocks)
        }
        let furniture = PageFurniture(typesetter: typesetter, run: run, plan: document.plan)
        let file = try PDFFile(path: path, title: document.title)
        let pages = composer.pages
        for copy in 1...run.copies {
            for (index, page) in pages.enumerated() {
                furniture.drawWatermark(on: file.canvas)
                file.canvas.paint(page.surface)
                furniture.drawHeaderAndFooter(on: file.canvas, mark: page.mark, page: index + 1, of: pages.count, copy: copy)
                file.endPage()
            }
        }
        try file.finish()
        return pages.count * run.copies
    }
}

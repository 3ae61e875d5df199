import CPangoCairo

/// A PDF file being written by a cairo PDF surface; finished (and closed) by `finish()` or deinit.
final class PDFFile {
    private let surface: OpaquePointer
    let canvas: Canvas
    let path: String

    /// `cairo_pdf_surface_create`: A4 pages written to `path`.
    init(path: String, title: String) throws(PaperError) {
        let surface = cairo_pdf_surface_create(path, PageSize.width, PageSize.height)!
        let status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS else {
            cairo_surface_destroy(surface)
            throw .cannotWrite(path: path, reason: String(cString: cairo_status_to_string(status)))
        }
        self.path = path
        self.surface = surface
        canvas = Canvas(surface: surface)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, title)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "Beredskap")
    }

    deinit { cairo_surface_destroy(surface) }

    /// `cairo_show_page`: the current page is done; drawing goes on on a new one.
    func endPage() { cairo_show_page(canvas.handle) }

    /// `cairo_surface_finish`: writes the rest of the file and reports any error cairo met on the way.
    func finish() throws(PaperError) {
        cairo_surface_finish(surface)
        let status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS else {
            throw .cannotWrite(path: path, reason: String(cString: cairo_status_to_string(status)))
        }
    }
}

import CPangoCairo

/// One page of body content drawn on a cairo recording surface, painted into the PDF once the page count is known.
final class RecordedPage {
    let surface: OpaquePointer
    let canvas: Canvas
    /// The running head in force on this page.
    var mark: DocumentMark

    /// `cairo_recording_surface_create`, bounded to A4.
    init(mark: DocumentMark) {
        var extents = cairo_rectangle_t(x: 0, y: 0, width: PageSize.width, height: PageSize.height)
        surface = cairo_recording_surface_create(CAIRO_CONTENT_COLOR_ALPHA, &extents)
        canvas = Canvas(surface: surface)
        self.mark = mark
    }

    deinit { cairo_surface_destroy(surface) }
}

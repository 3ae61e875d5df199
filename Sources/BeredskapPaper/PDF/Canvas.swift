import CPangoCairo

/// A cairo drawing context (`cairo_t`) on some surface; destroyed with the object.
final class Canvas {
    let handle: OpaquePointer

    /// `cairo_create`
    init(surface: OpaquePointer) {
        handle = cairo_create(surface)
    }

    deinit { cairo_destroy(handle) }

    /// `cairo_set_source_rgb` with one grey value (0 black, 1 white).
    func setGrey(_ value: Double) { cairo_set_source_rgb(handle, value, value, value) }

    /// `cairo_set_line_width`
    func setLineWidth(_ width: Double) { cairo_set_line_width(handle, width) }

    /// `cairo_rectangle` + `cairo_stroke`
    func strokeRectangle(x: Double, y: Double, width: Double, height: Double) {
        cairo_rectangle(handle, x, y, width, height)
        cairo_stroke(handle)
    }

    /// `cairo_move_to` + `cairo_line_to` + `cairo_stroke`
    func line(from start: (x: Double, y: Double), to end: (x: Double, y: Double)) {
        cairo_move_to(handle, start.x, start.y)
        cairo_line_to(handle, end.x, end.y)
        cairo_stroke(handle)
    }

    /// `cairo_set_source_surface` + `cairo_paint`: copies a recorded page onto this one.
    func paint(_ surface: OpaquePointer) {
        cairo_set_source_surface(handle, surface, 0, 0)
        cairo_paint(handle)
    }

    /// Runs `body` with a saved and restored state, translated to (x, y) and rotated by `angle` radians
    /// (`cairo_save`, `cairo_translate`, `cairo_rotate`, `cairo_restore`).
    func transformed(x: Double, y: Double, angle: Double, _ body: () -> Void) {
        cairo_save(handle)
        cairo_translate(handle, x, y)
        cairo_rotate(handle, angle)
        body()
        cairo_restore(handle)
    }
}

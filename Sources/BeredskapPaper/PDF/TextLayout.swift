import CPangoCairo

/// One pango layout (`PangoLayout`): text shaped in a font and wrapped to a width; freed with the object.
final class TextLayout {
    private let handle: OpaquePointer

    /// `pango_layout_new`, `pango_layout_set_text`, `pango_layout_set_font_description`, `pango_layout_set_width`.
    init(context: OpaquePointer, text: String, font: Font, width: Double?) {
        handle = pango_layout_new(context)
        let description = pango_font_description_new()
        pango_font_description_set_family(description, "DejaVu Sans")
        pango_font_description_set_absolute_size(description, font.size * Double(beredskap_pango_scale()))
        pango_font_description_set_weight(description, font.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
        pango_layout_set_font_description(handle, description)
        pango_font_description_free(description)
        pango_layout_set_text(handle, text, -1)
        if let width {
            pango_layout_set_width(handle, Int32(width * Double(beredskap_pango_scale())))
            // At word boundaries; inside a word only when the word alone is wider than the line (a long role name
            // in a narrow column), so nothing ever runs into the next column.
            pango_layout_set_wrap(handle, PANGO_WRAP_WORD_CHAR)
        }
    }

    deinit { g_object_unref(UnsafeMutableRawPointer(handle)) }

    /// `pango_layout_get_size`, in points.
    var size: (width: Double, height: Double) {
        var width: Int32 = 0
        var height: Int32 = 0
        pango_layout_get_size(handle, &width, &height)
        let scale = Double(beredskap_pango_scale())
        return (Double(width) / scale, Double(height) / scale)
    }

    var height: Double { size.height }

    /// `pango_cairo_show_layout` with the top-left corner at (x, y).
    func draw(on canvas: Canvas, x: Double, y: Double) {
        cairo_move_to(canvas.handle, x, y)
        pango_cairo_show_layout(canvas.handle, handle)
    }

    /// `pango_cairo_layout_path` + `cairo_stroke`: the glyphs as outlines, so no text is extracted from them.
    func outline(on canvas: Canvas, x: Double, y: Double) {
        cairo_move_to(canvas.handle, x, y)
        pango_cairo_layout_path(canvas.handle, handle)
        cairo_stroke(canvas.handle)
    }
}

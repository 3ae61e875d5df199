import CPangoCairo
import Glibc

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

    /// The text cut between two wrapped lines so that `head` fills at most `height` points (`pango_layout_iter`);
    /// nil when all of it fits. `head` is empty when not even the first line fits. Laid out again in the same
    /// font and width, the two parts wrap exactly as their lines did here, so nothing is lost or repeated.
    func split(fitting height: Double) -> (head: String, rest: String)? {
        guard self.height > height, let text = pango_layout_get_text(handle) else { return nil }
        let bytes = Array(UnsafeBufferPointer(start: text, count: strlen(text)).map { UInt8(bitPattern: $0) })
        let scale = Double(beredskap_pango_scale())
        let iterator = pango_layout_get_iter(handle)
        defer { pango_layout_iter_free(iterator) }
        var cut: Int?
        repeat {
            var top: Int32 = 0, bottom: Int32 = 0
            pango_layout_iter_get_line_yrange(iterator, &top, &bottom)
            if Double(bottom) / scale > height, let line = pango_layout_iter_get_line_readonly(iterator) {
                cut = Int(line.pointee.start_index)
                break
            }
        } while pango_layout_iter_next_line(iterator) != 0
        guard let cut else { return nil }
        return (String(decoding: bytes[..<cut], as: UTF8.self), String(decoding: bytes[cut...], as: UTF8.self))
    }

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

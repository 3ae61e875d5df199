import BeredskapCore
import CPangoCairo

/// Type sizes and weights used on paper. Always DejaVu Sans (the fallback would be a serif), absolute sizes in points.
struct Font: Equatable {
    var size: Double
    var bold = false

    static let body = Font(size: 11)
    static let small = Font(size: 8.5)
    static let heading = Font(size: 15, bold: true)
    static let subheading = Font(size: 12.5, bold: true)
    static let title = Font(size: 24, bold: true)
    static let watermark = Font(size: 110, bold: true)
}

/// A pango context of its own (own font map, 72 dpi, no hinting, no glyph rounding, language nb-no), from which
/// every layout is made; freed with the object.
final class Typesetter {
    private let fontMap: UnsafeMutablePointer<PangoFontMap>
    let context: OpaquePointer

    /// `pango_cairo_font_map_new` + `pango_font_map_create_context`, with the settings that make measures exact.
    init() {
        fontMap = pango_cairo_font_map_new()
        context = pango_font_map_create_context(fontMap)
        pango_cairo_context_set_resolution(context, 72)
        let options = cairo_font_options_create()
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        pango_cairo_context_set_font_options(context, options)
        cairo_font_options_destroy(options)
        pango_context_set_round_glyph_positions(context, 0)
        pango_context_set_language(context, pango_language_from_string("nb-no"))
    }

    deinit {
        g_object_unref(UnsafeMutableRawPointer(context))
        g_object_unref(UnsafeMutableRawPointer(fontMap))
    }

    /// Plain text (never markup) in `font`, wrapped at word boundaries to `width` points when given.
    /// The text is made inert first: it is data, never layout commands.
    func layout(_ text: String, font: Font, width: Double? = nil) -> TextLayout {
        TextLayout(context: context, text: InertText.make(text), font: font, width: width)
    }
}

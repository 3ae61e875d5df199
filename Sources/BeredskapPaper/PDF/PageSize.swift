/// Page geometry in PDF points (1/72 inch).
enum PageSize {
    /// ISO A4, 210 x 297 mm.
    static let width = 595.2756
    static let height = 841.8898
    static let margin = 56.0
    /// Where the body may be drawn; the header sits above it and the footer below.
    static let bodyTop = 92.0
    static let bodyBottom = height - 72.0
    static var bodyWidth: Double { width - 2 * margin }
}

/// Where the parts of a frame go: the header on top, the body, then the message, the input line and the footer.
struct Layout {
    static let headerRows = 5
    let size: Size

    var body: Range<Int> { Self.headerRows..<max(Self.headerRows, size.rows - 3) }
    var messageRow: Int { size.rows - 3 }
    var inputRow: Int { size.rows - 2 }
    var footerRow: Int { size.rows - 1 }
}

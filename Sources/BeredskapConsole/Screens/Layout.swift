/// Where the parts of a frame go: the header on top, the body, then the message, the input line and the footer.
struct Layout {
    static let headerRows = 5
    let size: Size

    var body: Range<Int> { Self.headerRows..<max(Self.headerRows, size.rows - 3) }
    var messageRow: Int { size.rows - 3 }
    var inputRow: Int { size.rows - 2 }
    var footerRow: Int { size.rows - 1 }

    /// A list of `count` items under the body's heading row, taking at most a third of the body, and the rows
    /// under a divider for the selected item's details.
    func listAndDetail(count: Int) -> (list: Range<Int>, detail: Range<Int>) {
        let listRows = min(count, max(body.count / 3, 2))
        let list = (body.lowerBound + 1)..<(body.lowerBound + 1 + listRows)
        return (list, min(list.upperBound + 1, body.upperBound)..<body.upperBound)
    }

    /// The divider above the details.
    static func divider(above detail: Range<Int>, into grid: inout Grid) {
        grid.put(String(repeating: "─", count: grid.size.columns), row: detail.lowerBound - 1, column: 0, style: Style(.dim))
    }
}

/// A scrolling list in some rows of the body: the selected item is kept in sight, marked ▶ and highlighted.
enum ListRows {
    /// Draws `items` into `rows`; `draw` writes one item from the given column in the given style.
    /// Only the rows in sight are visited, however long the list.
    static func draw<Items: RandomAccessCollection<Item>, Item>(
        _ items: Items, selected: Int, rows: Range<Int>, into grid: inout Grid,
        _ draw: (Item, _ row: Int, _ column: Int, _ style: Style, inout Grid) -> Void
    ) where Items.Index == Int {
        guard !rows.isEmpty else { return }
        let top = max(0, min(selected - rows.count + 1, items.count - rows.count))
        for index in top..<min(items.count, top + rows.count) {
            let item = items[items.startIndex + index]
            let row = rows.lowerBound + index - top
            let isSelected = index == selected
            let style = isSelected ? Style(.selected) : .normal
            if isSelected { grid.paint(row: row, style: style) }
            let column = grid.put(isSelected ? "▶ " : "  ", row: row, column: 1, style: style)
            draw(item, row, column, style, &grid)
        }
    }

    /// Says there is nothing in the list, and which key adds something.
    static func empty(_ text: String, row: Int, into grid: inout Grid) {
        grid.put(text, row: row, column: 3, style: Style(.dim))
    }
}

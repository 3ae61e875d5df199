/// A terminal's size in character cells.
public struct Size: Hashable, Sendable {
    public var rows: Int
    public var columns: Int

    public init(rows: Int, columns: Int) {
        self.rows = rows
        self.columns = columns
    }

    /// The smallest terminal the console lays out for.
    public static let minimum = Size(rows: 24, columns: 80)
    public var isBelowMinimum: Bool { rows < Self.minimum.rows || columns < Self.minimum.columns }
}

/// One screen cell: a character and its style. A wide character's second column holds no character.
public struct Cell: Hashable, Sendable {
    public var character: Character?
    public var style: Style

    public static let blank = Cell(character: " ", style: .normal)
}

/// What one frame shows: rows of cells. Screens draw into it; the backend copies it to the terminal.
public struct Grid: Sendable, Equatable {
    public let size: Size
    public private(set) var rows: [[Cell]]

    public init(size: Size) {
        self.size = size
        rows = Array(repeating: Array(repeating: .blank, count: max(size.columns, 0)), count: max(size.rows, 0))
    }

    /// Writes text from a column, cut with «…» to `width` columns (default: to the right edge).
    /// Returns the column after the last one written.
    @discardableResult
    public mutating func put(_ text: String, row: Int, column: Int, width: Int? = nil, style: Style = .normal) -> Int {
        guard rows.indices.contains(row), column >= 0, column < size.columns else { return column }
        let available = min(width ?? size.columns - column, size.columns - column)
        var position = column
        for character in DisplayWidth.truncate(text, to: available) {
            let width = DisplayWidth.of(character)
            guard width > 0 else { continue }
            rows[row][position] = Cell(character: character, style: style)
            if width == 2 { rows[row][position + 1] = Cell(character: nil, style: style) }
            position += width
        }
        return position
    }

    /// Gives a whole row one style, keeping its characters (banners, the selected line).
    public mutating func paint(row: Int, style: Style) {
        guard rows.indices.contains(row) else { return }
        for column in rows[row].indices { rows[row][column].style = style }
    }

    /// The rows as plain text, trailing blanks dropped: what snapshot tests compare.
    public var lines: [String] {
        rows.map { row in
            String(String(row.compactMap(\.character)).reversed().drop { $0 == " " }.reversed())
        }
    }

    public func style(row: Int, column: Int) -> Style { rows[row][column].style }
}

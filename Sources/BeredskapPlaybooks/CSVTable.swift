/// A CSV file as spreadsheets write it (RFC 4180): fields separated by `;` or `,`, a field in double quotes may
/// hold the separator, line breaks and doubled quotes (`""`), records end in CRLF or LF. A UTF-8 byte order mark is
/// skipped. Every record and cell keeps the line and column it starts on, so a check can point at it; quoting
/// mistakes are reported and the reading goes on, so every problem in the file is found in one run.
struct CSVTable {
    struct Cell: Equatable {
        var text: String
        /// 1-based, in Unicode scalars like the YAML columns.
        var column: Int
    }

    struct Record: Equatable {
        /// The line the record starts on (a quoted field may run over several lines).
        var line: Int
        var cells: [Cell]

        /// The record has nothing in it but separators and spaces.
        var isBlank: Bool { cells.allSatisfy { $0.text.trimmingCharacters(in: .whitespaces).isEmpty } }
    }

    /// A quoting mistake, where it is.
    struct Problem: Equatable {
        var line: Int
        var column: Int
        var message: String
        var hint: String
    }

    var separator: Unicode.Scalar
    var records: [Record] = []
    var problems: [Problem] = []

    /// The separator is the one the first line uses outside quotes: `;` (Norwegian Excel) unless it has only `,`.
    init(_ text: String) {
        var scalars = Substring(text).unicodeScalars
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        separator = Self.separator(of: scalars)
        read(scalars)
    }

    private static func separator(of scalars: Substring.UnicodeScalarView) -> Unicode.Scalar {
        var quoted = false
        var counts: [Unicode.Scalar: Int] = [";": 0, ",": 0]
        for scalar in scalars {
            if scalar == "\"" { quoted.toggle() }
            if !quoted, scalar == "\n" { break }
            if !quoted, counts[scalar] != nil { counts[scalar, default: 0] += 1 }
        }
        return counts[","]! > 0 && counts[";"]! == 0 ? "," : ";"
    }

    private enum Position { case startOfCell, unquoted, quoted, afterQuote }

    /// A quote inside an unquoted cell, or text after the quote that closed a quoted one.
    private static func quoteProblem(_ scalar: Unicode.Scalar, after position: Position, line: Int, column: Int) -> Problem? {
        if position == .afterQuote {
            return Problem(line: line, column: column, message: "tekst etter det avsluttende anførselstegnet i cellen",
                           hint: "et anførselstegn inne i en celle skrives dobbelt: \"\"")
        }
        guard scalar == "\"" else { return nil }
        return Problem(line: line, column: column, message: "anførselstegn inne i en celle som ikke står i anførselstegn",
                       hint: "sett hele cellen i anførselstegn og skriv anførselstegnet dobbelt: \"som \"\"her\"\"\"")
    }

    private mutating func read(_ scalars: Substring.UnicodeScalarView) {
        var line = 1, column = 1
        var record = Record(line: 1, cells: [])
        var cell = Cell(text: "", column: 1)
        var position = Position.startOfCell
        var quoteStart = (line: 1, column: 1)
        var cellHasProblem = false
        var iterator = scalars.makeIterator()
        var pending = iterator.next()

        func endCell() {
            record.cells.append(cell)
            cell = Cell(text: "", column: column + 1)
            position = .startOfCell
            cellHasProblem = false
        }
        func endRecord() {
            endCell()
            if !record.isBlank { records.append(record) }
            record = Record(line: line + 1, cells: [])
            cell = Cell(text: "", column: 1)
        }

        while let scalar = pending {
            pending = iterator.next()
            // CRLF is one line break; a lone CR is treated as one too.
            let isBreak = scalar == "\n" || scalar == "\r"
            if scalar == "\r", pending == "\n" { pending = iterator.next() }
            switch position {
            case .quoted:
                if scalar == "\"" {
                    if pending == "\"" {
                        cell.text.unicodeScalars.append("\"")
                        pending = iterator.next()
                        column += 1
                    } else {
                        position = .afterQuote
                    }
                } else {
                    cell.text.unicodeScalars.append(isBreak ? "\n" : scalar)
                }
            case .startOfCell, .unquoted, .afterQuote:
                if scalar == separator {
                    endCell()
                } else if isBreak {
                    endRecord()
                } else if scalar == "\"", position == .startOfCell {
                    position = .quoted
                    quoteStart = (line, column)
                } else {
                    // One quoting problem per cell is enough to find it.
                    if !cellHasProblem, let problem = Self.quoteProblem(scalar, after: position, line: line, column: column) {
                        problems.append(problem)
                        cellHasProblem = true
                    }
                    if position == .startOfCell { position = .unquoted }
                    cell.text.unicodeScalars.append(scalar)
                }
            }
            if isBreak {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        if position == .quoted {
            problems.append(Problem(line: quoteStart.line, column: quoteStart.column, message: "anførselstegnet som åpner cellen, blir aldri lukket",
                                    hint: "avslutt cellen med \" før neste skilletegn; et anførselstegn inne i cellen skrives dobbelt"))
        }
        if !record.cells.isEmpty || !cell.text.isEmpty || position != .startOfCell { endRecord() }
    }
}

/// One piece of a printed document. The PDF and the text renderer both draw exactly these.
public enum Block: Sendable, Equatable {
    /// The large title of a cover or report.
    case title(String)
    case heading(String)
    /// A table of contents: these headings, each with the page it is on (in the PDF).
    case contents([String])
    case subheading(String)
    case paragraph(String)
    /// Small print: sources, hints, what a column means.
    case note(String)
    case table(Table)
    case checklist([ChecklistItem])
    /// A paper form to fill in by hand.
    case form(FormSheet)
    /// Starts a new page whose running head names this part of the document (a procedure in the binder).
    case section(DocumentMark)
    case pageBreak
}

/// Rows of text under titled columns; widths are fractions of the line.
public struct Table: Sendable, Equatable {
    public struct Column: Sendable, Equatable {
        public var title: String
        public var width: Double
        public init(_ title: String, width: Double) {
            self.title = title
            self.width = width
        }
    }
    public var columns: [Column]
    public var rows: [[String]]
    public init(columns: [Column], rows: [[String]]) {
        self.columns = columns
        self.rows = rows
    }
}

/// A READ-DO checklist step: number, box, text, who and by when; the time and initials are written by hand.
public struct ChecklistItem: Sendable, Equatable {
    public var number: Int
    public var text: String
    /// Role, deadline and whether the step is critical, in one short line.
    public var detail: String
    public init(number: Int, text: String, detail: String) {
        self.number = number
        self.text = text
        self.detail = detail
    }
}

/// A blank paper form: its fields as labelled writing lines, and the serial (blank in the binder).
public struct FormSheet: Sendable, Equatable {
    public var title: String
    public var serial: String?
    public var fields: [String]
    public init(title: String, serial: String?, fields: [String]) {
        self.title = title
        self.serial = serial
        self.fields = fields
    }
}

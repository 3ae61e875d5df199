import BeredskapCore
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
    /// Ruled lines to write an answer or a note on by hand.
    case writingLines(Int)
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
    /// Role and deadline in one short line.
    public var detail: String
    /// Printed so it stands out: bold, with «KRITISK».
    public var critical: Bool
    public init(number: Int, text: String, detail: String, critical: Bool = false) {
        self.number = number
        self.text = text
        self.detail = detail
        self.critical = critical
    }
}

/// A blank paper form: the serial (blank in the binder), the patient's identity fields of a clinical form, and its
/// fields as labelled writing spaces sized for what is written in them.
public struct FormSheet: Sendable, Equatable {
    public var title: String
    public var serial: String?
    public var patient: PatientIdentity
    public var fields: [FormField]
    public init(title: String, serial: String?, patient: PatientIdentity, fields: [FormField]) {
        self.title = title
        self.serial = serial
        self.patient = patient
        self.fields = fields
    }

    public init(_ form: FormDefinition, serial: String?) {
        self.init(title: form.title, serial: serial, patient: form.patient, fields: form.fields)
    }

    /// What the sheet says above the identity fields.
    static func identityNote(_ patient: PatientIdentity) -> String {
        switch patient {
        case .none: ""
        case .patient:
            "Skrives for hånd på skjemaet. Føres aldri inn i Beredskap: Beredskap følger skjemaet bare med løpenummeret. "
                + "Ukjent pasient: bruk sykehusets reservenummer."
        case .blood:
            "To identifikatorer kreves: navn og fødselsnummer eller D-nummer (ukjent pasient: reservenummer). Kontroller "
                + "identiteten mot pasienten og armbåndet ved sengen før transfusjon, to personer. Føres aldri inn i Beredskap."
        }
    }
}

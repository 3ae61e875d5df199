/// One problem found in the playbooks: where it is, what is wrong, and how to fix it.
public struct Diagnostic: Sendable, Equatable, CustomStringConvertible {
    /// Errors stop the console from starting; warnings are shown and printed.
    public enum Severity: String, Sendable {
        case error = "feil"
        case warning = "advarsel"
    }

    public let severity: Severity
    /// Path relative to the playbooks directory, e.g. `systemer.yaml` or `prosedyrer/epj-nede.yaml`;
    /// empty when the problem is the directory itself.
    public let file: String
    /// 1-based; 0 when the problem concerns the whole file (for instance a missing file).
    public let line: Int
    /// 1-based, counted in Unicode scalars as libyaml does; 0 together with `line`.
    public let column: Int
    /// What is wrong, in Norwegian.
    public let message: String
    /// How to fix it, in Norwegian.
    public let hint: String?

    public init(severity: Severity, file: String, line: Int, column: Int, message: String, hint: String?) {
        self.severity = severity
        self.file = file
        self.line = line
        self.column = column
        self.message = message
        self.hint = hint
    }

    /// `systemer.yaml:12:5: feil: ... (tips: ...)`, the form editors and `grep` understand.
    public var description: String {
        var place = file
        if line > 0 { place += ":\(line):\(column)" }
        let head = place.isEmpty ? "" : place + ": "
        let tail = hint.map { " (tips: \($0))" } ?? ""
        return "\(head)\(severity.rawValue): \(message)\(tail)"
    }
}

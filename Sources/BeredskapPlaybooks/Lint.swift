/// Collects diagnostics while the playbooks are read, so every problem is reported in one run.
final class Lint {
    private(set) var diagnostics: [Diagnostic] = []

    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    func error(_ message: String, at location: Location, hint: String? = nil) {
        add(.error, message, at: location, hint: hint)
    }

    func warning(_ message: String, at location: Location, hint: String? = nil) {
        add(.warning, message, at: location, hint: hint)
    }

    /// By file, line and column; problems at the same place keep the order they were found in.
    var sorted: [Diagnostic] {
        diagnostics.enumerated().sorted { lhs, rhs in
            let (l, r) = (lhs.element, rhs.element)
            if l.file != r.file { return l.file < r.file }
            if l.line != r.line { return l.line < r.line }
            if l.column != r.column { return l.column < r.column }
            return lhs.offset < rhs.offset
        }.map(\.element)
    }

    private func add(_ severity: Diagnostic.Severity, _ message: String, at location: Location, hint: String?) {
        diagnostics.append(Diagnostic(severity: severity, file: location.file, line: location.line,
                                      column: location.column, message: message, hint: hint))
    }
}

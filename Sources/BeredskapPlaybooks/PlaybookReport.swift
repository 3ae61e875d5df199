import BeredskapCore

/// The result of loading a playbooks directory: the organisation when it is valid, and every problem found.
public struct PlaybookReport: Sendable {
    /// The organisation, or nil when there is at least one error: the console must not start on a broken plan.
    public let organisation: Organisation?
    /// All errors and warnings, sorted by file, line and column.
    public let diagnostics: [Diagnostic]

    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }

    init(organisation: Organisation?, diagnostics: [Diagnostic]) {
        self.organisation = organisation
        self.diagnostics = diagnostics
    }
}

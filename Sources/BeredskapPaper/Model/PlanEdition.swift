import BeredskapCore
import Foundation

/// Which edition of the plan a plan document (the binder, a checklist, a quick card) was printed from: the
/// approved version, or a draft when the plan is not approved or has changed since (Normen 2.3).
public struct PlanEdition: Sendable, Equatable {
    public var version: String
    /// The day of the approval that covers the printed content; nil for a draft.
    public var approvedAt: Date?

    /// nil for an organisation under no document control (built in code).
    public init?(_ organisation: Organisation) {
        guard let control = organisation.documentControl else { return nil }
        version = organisation.version
        approvedAt = control.isApproved ? control.approval?.at : nil
    }

    public var isDraft: Bool { approvedAt == nil }

    static let draftWord = "UTKAST"

    /// `Plan 2026.1, godkjent 20.11.2026` or `UTKAST: plan 2026.1 er ikke godkjent`.
    var line: String {
        guard let approvedAt else { return "\(Self.draftWord): plan \(version) er ikke godkjent" }
        return "Plan \(version), godkjent \(Self.day(approvedAt))"
    }

    /// Days of the document control as written in organisasjon.yaml (read as UTC midnight), whatever the
    /// organisation's zone.
    static func day(_ date: Date) -> String { Timestamps.day(date, timeZone: .gmt) }
}

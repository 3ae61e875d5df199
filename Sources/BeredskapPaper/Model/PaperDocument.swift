import BeredskapCore
import Foundation

/// A printed document: what every page says about it, and its content as blocks.
public struct PaperDocument: Sendable, Equatable {
    public var mark: DocumentMark
    public var title: String
    public var blocks: [Block]
    /// Set on documents printed from the plan: every page says which approved version, or UTKAST.
    public var plan: PlanEdition?

    public init(mark: DocumentMark, title: String, blocks: [Block], plan: PlanEdition? = nil) {
        self.mark = mark
        self.title = title
        self.blocks = blocks
        self.plan = plan
    }
}

/// Where and how a document is printed: the same for every page of every copy.
public struct PrintRun: Sendable, Equatable {
    public var organisation: String
    public var fictional: Bool
    public var classification: String
    public var printedAt: Date
    public var copies: Int
    /// Exercise output: ØVELSE across every page.
    public var exercise: Bool
    public var timeZone: TimeZone
    /// The journal's latest signed checkpoint as a person copies it (`Kontrollpunkt 41-XXXX-XXXX-XXXX · nøkkel
    /// 1a2b3c4d`), on every page so the paper witnesses the journal; nil when there is none.
    public var witness: String?

    /// `timeZone`: the organisation's when nil, so paper shows the same wall clock as the console and the messages.
    public init(organisation: Organisation, printedAt: Date, copies: Int = 1, exercise: Bool, timeZone: TimeZone? = nil) {
        self.organisation = organisation.name
        self.fictional = organisation.fictional
        self.classification = organisation.classification
        self.printedAt = printedAt
        self.copies = max(1, copies)
        self.exercise = exercise
        self.timeZone = timeZone ?? organisation.timeZone
    }

    /// `Fjordvik helseforetak · Fiktiv virksomhet`
    var organisationLine: String { fictional ? "\(organisation) · Fiktiv virksomhet" : organisation }

    /// `Skrevet ut 24.11.2026 10:02 · Eksemplar 1 av 3`, after the plan edition of a plan document.
    func printLine(copy: Int, plan: PlanEdition? = nil) -> String {
        (plan.map { $0.line + " · " } ?? "") + "Skrevet ut \(Timestamps.local(printedAt, timeZone: timeZone)) · Eksemplar \(copy) av \(copies)"
    }

    /// `ØVELSE · UTKAST · Intern`: what stands in bold at the top right of every page.
    func flag(plan: PlanEdition?) -> String {
        ((exercise ? [Self.exerciseWord] : []) + (plan?.isDraft == true ? [PlanEdition.draftWord] : []) + [classification])
            .joined(separator: " · ")
    }

    static let exerciseWord = "ØVELSE"
}

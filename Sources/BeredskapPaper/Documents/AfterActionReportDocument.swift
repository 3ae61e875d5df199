import BeredskapCore
import Foundation

/// The after-action report and improvement plan (HSEEP AAR/IP) as a document: the same content as PDF, text and
/// Markdown. For an exercise it opens with ØVELSE and a summary a director reads first, and has the participants,
/// objectives and expectations and the answers to the scenario's questions; for a real incident it has the same
/// figures, hot wash, plan and timeline without them. The timeline says who wrote each line.
public struct AfterActionReportDocument: Sendable {
    public var report: AfterActionReport
    public var organisation: Organisation
    /// The journal's seal when the report was made, so the paper witnesses the log it came from.
    public var seal: String
    public var timeZone: TimeZone

    /// `timeZone`: the organisation's when nil, so paper shows the same wall clock as the console and the messages.
    public init(report: AfterActionReport, organisation: Organisation, seal: String, timeZone: TimeZone? = nil) {
        self.report = report
        self.organisation = organisation
        self.seal = seal
        self.timeZone = timeZone ?? organisation.timeZone
    }

    func time(_ date: Date) -> String { Timestamps.local(date, timeZone: timeZone) }
    static func span(_ seconds: TimeInterval?) -> String { seconds.map { Minutes.describe(seconds: $0) } ?? "–" }

    public var document: PaperDocument {
        let subject: String
        var blocks: [Block]
        if let exercise = report.exercise {
            subject = "øvelse \(exercise.scenario.id)"
            blocks = [.title("Evalueringsrapport etter øvelse"), .paragraph("ØVELSE – ingen virkelig hendelse."),
                      .paragraph("\(exercise.scenario.title) · \(organisation.name)")]
            let parts = ExerciseEvaluationBlocks(exercise: exercise, report: report, organisation: organisation, time: time)
            blocks.append(.note("Laget \(time(report.now)) fra hendelsesloggen med segl \(seal) (faktaark 3d)."))
            blocks += parts.summary + parts.overview
        } else {
            let figures = report.incidents.first
            subject = figures?.incident.rawValue ?? "hendelse"
            blocks = [.title("Evalueringsrapport etter hendelse"),
                      .paragraph("\(figures.map { "\($0.incident.rawValue): \($0.title)" } ?? "") · \(organisation.name)")]
        }
        if report.exercise == nil {
            blocks.append(.note("Laget \(time(report.now)) fra hendelsesloggen med segl \(seal) (faktaark 3d)."))
        }
        blocks += measured
        let parts = report.exercise.map { ExerciseEvaluationBlocks(exercise: $0, report: report, organisation: organisation, time: time) }
        blocks += parts?.results ?? []
        blocks += hotWash + (parts?.answers ?? []) + lessons + plan + timeline
        let mark = DocumentMark(id: "evalueringsrapport \(subject) · segl \(seal)", version: organisation.version,
                                contentHash: report.exercise?.scenario.contentHash ?? "")
        return PaperDocument(mark: mark, title: "Evalueringsrapport", blocks: blocks)
    }

    private var measured: [Block] {
        guard !report.incidents.isEmpty else {
            return [.heading("Måltall"), .paragraph("Ingen hendelse ble opprettet i journalen.")]
        }
        var blocks: [Block] = [.heading("Måltall")]
        for figures in report.incidents {
            var rows = [
                ["Oppdaget", time(figures.detectedAt)],
                ["Tid til innledende vurdering (2a)", Self.span(figures.timeToTriage)],
                ["Tid til første varsling nådd fram (2c–2d)", Self.span(figures.timeToFirstNotification)],
            ]
            rows += figures.levels.map { ["Tid til nivå \($0.level.word)", Self.span($0.after)] }
            rows.append(["Tid til gjenopprettet (2h)", Self.span(figures.timeToRestore)
                         + (figures.maxOutage.map { " (maksimal avbruddstid \($0))" } ?? "")])
            rows += figures.checklists.map { ["Sjekkliste \($0.procedure)", "\($0.completed) av \($0.total) steg kvittert"] }
            rows.append(["Oppgaver etter frist", "\(figures.overdueTasks) av \(figures.tasks)"])
            rows.append(["Varslinger etter frist", "\(figures.lateNotifications) av \(figures.notifications)"])
            rows.append(["Papirskjema avstemt (2f)", "\(figures.formsReconciled) av \(figures.formsIssued)"])
            if report.exercise != nil { blocks.append(.subheading("\(figures.incident.rawValue): \(figures.title)")) }
            blocks.append(.table(Table(columns: [.init("", width: 0.55), .init("", width: 0.45)], rows: rows)))
        }
        return blocks
    }

    private var hotWash: [Block] {
        var blocks: [Block] = [.heading(report.exercise == nil ? "Styrker og forbedringsområder (hot wash)" : "Hot wash: styrker, forbedringsområder og svar")]
        for (kind, notes) in [(HotWashKind.strength, report.strengths), (.improvement, report.improvements)] {
            blocks.append(.subheading(kind.heading))
            blocks.append(notes.isEmpty ? .paragraph("Ingen registrert.")
                          : .table(Table(columns: [.init("", width: 1)], rows: notes.map { [$0.text] })))
        }
        return blocks
    }

    private var lessons: [Block] {
        report.lessons.isEmpty ? [] : [.subheading("Læring"), .table(Table(columns: [.init("", width: 1)], rows: report.lessons.map { [$0] }))]
    }

    private var plan: [Block] {
        let rows = report.actions.map { action in
            [action.id.rawValue, action.text, action.owner, String(time(action.due).prefix(10)),
             action.closedAt.map { "Lukket \(String(time($0).prefix(10)))" } ?? (action.isOverdue(at: report.now) ? "Forfalt" : "Åpen")]
        }
        var blocks: [Block] = [.heading("Forbedringsplan"),
                rows.isEmpty ? .paragraph("Ingen tiltak er registrert ennå. Tiltak føres når hendelsen eller øvelsen evalueres.")
                    : .table(Table(columns: [.init("Nr", width: 0.07), .init("Tiltak", width: 0.43), .init("Ansvarlig", width: 0.2),
                                             .init("Frist", width: 0.13), .init("Status", width: 0.17)], rows: rows))]
        if report.exercise != nil, !rows.isEmpty {
            blocks.append(.note("Tiltakene følges opp i den reelle journalen: «beredskap status» og «beredskap action list» viser de åpne "
                                + "som «F1 i øvelse NAVN»; de lukkes i øvelsesjournalen med «beredskap action close F1 --exercise NAVN»."))
        }
        return blocks
    }

    private var timeline: [Block] {
        let exercise = report.exercise != nil
        let rows = report.timeline.map { line in
            (exercise ? [line.clock?.description ?? ""] : [])
                + [time(line.at), line.by.rawValue, (line.afterENDEX ? "[etter ENDEX] " : "") + line.text]
        }
        let columns: [Table.Column] = (exercise ? [.init("Klokke", width: 0.14)] : [])
            + [.init("Tid", width: 0.17), .init("Hvem", width: 0.14), .init("Hva", width: exercise ? 0.55 : 0.69)]
        return [.heading("Tidslinje")]
            + (report.timeline.contains(where: \.afterENDEX) ? [.note("Linjer merket [etter ENDEX] ble skrevet etter at øvelsen var slutt.")] : [])
            + [.table(Table(columns: columns, rows: rows))]
    }
}

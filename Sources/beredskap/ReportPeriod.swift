import ArgumentParser
import BeredskapCore
import BeredskapPaper
import BeredskapStore
import Foundation

/// The period and edition of a management report, and how it is made from the journal: shared by `report`
/// and `print report`.
struct ReportPeriod: ParsableArguments {
    @Option(help: "Fra og med dato, ÅÅÅÅ-MM-DD.") var from: String
    @Option(help: "Til og med dato, ÅÅÅÅ-MM-DD.") var to: String
    @Flag(help: "Til tilsynsmyndigheter: systemene vises bare med kritikalitetsklasse, ikke navn.") var redacted = false

    func validate() throws {
        _ = try period(in: .current)
    }

    /// From the start of the first day to the start of the day after the last, in local time.
    func period(in timeZone: TimeZone) throws -> (start: Date, end: Date) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        guard let start = TimeArgument.day(from, in: timeZone), let last = TimeArgument.day(to, in: timeZone), last >= start,
              let end = calendar.date(byAdding: .day, value: 1, to: last)
        else { throw ValidationError("Perioden skrives --from ÅÅÅÅ-MM-DD --to ÅÅÅÅ-MM-DD, med fra før til.") }
        return (start, end)
    }

    func make(global: GlobalOptions, now: Date) throws -> (report: ManagementReport, document: PaperDocument, organisation: Organisation) {
        let (start, end) = try period(in: .current)
        let store = try global.readStore(now: now)
        let organisation = store.state.organisation
        let full = ManagementReport(state: store.state, from: start, to: end, now: now)
        let folder = JournalFolder.read(global.location, organisation: organisation, known: store)
        let report = redacted ? full.redacted(organisation: organisation) : full
        let document = ManagementReportDocument.document(report, organisation: organisation,
                                                         exercises: folder.exercisesCreated(from: start, to: end),
                                                         required: organisation.exercisesRequired(from: start, to: end),
                                                         tests: ProcedureTesting.planAgainstDone(
                                                             organisation, uses: folder.procedureUses,
                                                             from: start, to: end),
                                                         trainings: store.state.trainings.filter { $0.at >= start && $0.at < end },
                                                         redacted: redacted)
        return (report, document, organisation)
    }
}

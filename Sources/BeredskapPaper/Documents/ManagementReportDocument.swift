import BeredskapCore
import Foundation

/// The management report (faktaark 12) as a document: the same content on paper (PDF, text) and as Markdown.
public enum ManagementReportDocument {
    /// The footnote that states `ManagementReport`'s one rounding rule where the figures are.
    static let roundingRule = "Tidene er avrundet til nærmeste hele minutt (et halvt minutt opp) for hver hendelse før noe er "
        + "lagt sammen eller midlet, så hver sum er summen av radene den står for."
    /// `exercises`: exercise journals started in the period; `required`: how many the period calls for;
    /// `tests`: each procedure's test plan against the tests done in the period; `trainings`: the period's training.
    public static func document(_ report: ManagementReport, organisation: Organisation, exercises: Int, required: Int,
                                tests: [PlanAgainstDone], trainings: [RecordedTraining], redacted: Bool,
                                timeZone: TimeZone? = nil) -> PaperDocument {
        let timeZone = timeZone ?? organisation.timeZone
        func minutes(_ seconds: TimeInterval?) -> String { seconds.map { Minutes.describeInHours(seconds: $0) } ?? "–" }
        func day(_ date: Date) -> String { Timestamps.day(date, timeZone: timeZone) }
        let period = "\(day(report.from)) – \(day(report.to.addingTimeInterval(-1)))"
        let d = report.deviations
        var blocks: [Block] = [
            .title("Rapport til ledelsen: IKT-beredskap"),
            .paragraph("\(organisation.name), \(period)" + (redacted ? ". Utgave til tilsynsmyndighet: systemene er vist med kritikalitetsklasse, ikke navn." : "")),
            .heading("Hendelser"),
            .table(Table(columns: [.init("", width: 0.7), .init("", width: 0.3)], rows: [
                ["Uplanlagte hendelser i perioden", "\(report.incidents)"],
                ["Planlagt nedetid (rapporteres for seg)", "\(report.plannedOutages)"],
                ["Median tid til innledende vurdering", minutes(report.medianTimeToTriage)],
                ["Median tid til første varsling nådd fram", minutes(report.medianTimeToFirstNotification)],
                ["Median tid til gjenopprettet", minutes(report.medianTimeToRestore)],
                ["Varslinger nådd etter fristen (eller ikke nådd)", "\(report.lateNotifications) av \(report.notifications)"],
            ])),
            .heading("Per system"),
            .paragraph("Avbrudd regnes per system fra systemet gikk ned til det var gjenopprettet. Et brudd som ikke tok ned noe "
                + "system (f.eks. et personvernbrudd), gir ikke avbruddstid."),
            .note(roundingRule),
            .table(Table(columns: [.init("System", width: 0.25), .init("Hendelser", width: 0.1), .init("Samlet avbrudd", width: 0.14),
                                   .init("Lengste avbrudd", width: 0.14), .init("Maks avbrudd", width: 0.11), .init("Over maks", width: 0.09),
                                   .init("Planlagt nedetid", width: 0.17)],
                         rows: report.systems.map { [$0.name, "\($0.incidents)", minutes($0.totalOutage), minutes($0.longestOutage),
                                                     $0.maxOutage.map(\.description) ?? "–", "\($0.maxOutageBreaches)",
                                                     $0.plannedOutages == 0 ? "–" : "\($0.plannedOutages) (\(minutes($0.plannedOutage)))"] })),
            .heading("Beslutninger om beredskapsnivå i perioden"),
            report.levelDecisions.isEmpty ? .paragraph("Ingen nivåbeslutninger i perioden.")
                : .table(Table(columns: [.init("Tid", width: 0.22), .init("Nivå", width: 0.25), .init("Begrunnelse", width: 0.53)],
                               rows: report.levelDecisions.map { record in
                                   [Timestamps.local(record.at, timeZone: timeZone), "\(record.change.from.word) → \(record.change.to.word)",
                                    record.change.reason + RelayMark.text(record.change.onBehalfOf)]
                               })),
            .heading("Utvikling per kvartal og år, mot samme periode året før"),
            .table(Table(columns: [.init("Periode", width: 0.2), .init("Hendelser", width: 0.2), .init("Avbrudd", width: 0.2),
                                   .init("Året før: hendelser", width: 0.2), .init("Året før: avbrudd", width: 0.2)],
                         rows: (report.quarters + report.years).map {
                             [$0.period, "\($0.incidents)", minutes($0.outage), "\($0.previousIncidents)", minutes($0.previousOutage)]
                         })),
            .heading("Utvikling per måned"),
            .table(Table(columns: [.init("Måned", width: 0.4), .init("Hendelser", width: 0.3), .init("Samlet avbrudd", width: 0.3)],
                         rows: report.months.map { [$0.month, "\($0.incidents)", minutes($0.outage)] })),
            .heading("Avvik og tiltak"),
            .table(Table(columns: [.init("", width: 0.7), .init("", width: 0.3)], rows: [
                ["Avvik åpne / lukket", "\(d.open) / \(d.closed)"],
                ["Gjentatte avvik (samme system og årsak innen 12 måneder)", "\(d.repeated)"],
                ["Avvik uten risikovurdering", "\(d.withoutRisk)"],
                ["Tiltak åpne / fullført eller forkastet", "\(d.measuresOpen) / \(d.measuresDone)"],
                ["Tiltak forfalt", "\(d.measuresOverdue)"],
                ["Korrigerende tiltak fra evalueringer åpne / lukket", "\(report.correctiveActionsOpen) / \(report.correctiveActionsClosed)"],
                ["Korrigerende tiltak fra evalueringer forfalt", "\(report.correctiveActionsOverdue)"],
            ])),
        ]
        blocks += ManagementReportDeviationBlocks.blocks(report.deviationLines, timeZone: timeZone)
        blocks += ManagementReportResponseBlocks.blocks(report.responses)
        blocks += [
            .heading("Øvelser (Normen 5.9: minimum årlig test)"),
            .paragraph("Øvelser i perioden: \(exercises) av minst \(required)" + (exercises < required ? ". Kravet er ikke oppfylt." : ".")),
            .paragraph("Testet i perioden: \(tests.filter { !$0.done.isEmpty }.count) av \(tests.count) prosedyrer. Som test teller en "
                + "øvelse som er avsluttet og evaluert, en hendelse der prosedyrens kritiske steg ble fullført, og en "
                + "registrert funksjonstest eller gjenopprettingstest som ikke feilet."),
            .table(Table(columns: [.init("Prosedyre", width: 0.34), .init("Plan", width: 0.36), .init("Testet i perioden", width: 0.3)],
                         rows: tests.map { line in
                             [line.title, line.planned.isEmpty ? "ikke i testplanen" : line.planned.map(\.text).joined(separator: "; "),
                              line.done.isEmpty ? "ikke testet" : line.done.map { "\(day($0.at)) \($0.evidence.text)" }.joined(separator: "; ")]
                         })),
            .heading("Opplæring (faktaark 3a)"),
            trainings.isEmpty ? .paragraph("Ingen opplæring registrert i perioden (`beredskap test training`).")
                : .table(Table(columns: [.init("Dato", width: 0.18), .init("Hvem", width: 0.3), .init("Prosedyre eller rolle", width: 0.52)],
                               rows: trainings.map { record in
                                   let t = record.training
                                   let subject = t.procedure.map { organisation.procedure($0.id)?.title ?? $0.id.rawValue }
                                       ?? t.role.map { "rollen " + (organisation.role($0)?.name ?? $0.rawValue) } ?? ""
                                   return [day(record.at), t.person, subject]
                               })),
        ]
        let mark = DocumentMark(id: "ledelsesrapport \(period)" + (redacted ? " (tilsynsutgave)" : ""), version: organisation.version,
                                contentHash: "")
        return PaperDocument(mark: mark, title: "Rapport til ledelsen", blocks: blocks)
    }
}

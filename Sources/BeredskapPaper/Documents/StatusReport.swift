import BeredskapCore
import Foundation

/// The krisestab status report: level, and for each incident its phase, clocks, tasks by role (overdue first),
/// notifications done and missing, decisions, the last timeline entries; the journal seal on every page.
public struct StatusReport: Sendable {
    /// One timeline line as the journal tells it (text already made inert by the journal's reader).
    public struct Entry: Sendable, Equatable {
        public var seq: Int
        public var at: Date
        public var incident: IncidentID?
        public var text: String
        public init(seq: Int, at: Date, incident: IncidentID?, text: String) {
            self.seq = seq
            self.at = at
            self.incident = incident
            self.text = text
        }
    }

    public var state: State
    public var seal: String
    /// Only this incident, or every open one when nil.
    public var incident: IncidentID?
    public var decisions: [Entry]
    public var recent: [Entry]
    public var now: Date
    public var timeZone: TimeZone

    /// `timeZone`: the organisation's when nil, so paper shows the same wall clock as the console and the messages.
    public init(state: State, seal: String, incident: IncidentID?, decisions: [Entry], recent: [Entry], now: Date, timeZone: TimeZone? = nil) {
        self.state = state
        self.seal = seal
        self.incident = incident
        self.decisions = decisions
        self.recent = recent
        self.now = now
        self.timeZone = timeZone ?? state.organisation.timeZone
    }

    private func time(_ date: Date) -> String { Timestamps.local(date, timeZone: timeZone) }

    /// «Hva nå?» as the console and `beredskap next` show it: the same list, so paper and screen agree.
    private func whatNow(shown incident: IncidentID?) -> [Block] {
        let items = NextActions.list(state, now: now).filter { item in incident.map { item.incident == $0 } ?? true }.prefix(10)
        let rows = items.map { item -> [String] in
            let when = item.due.map { (item.urgency == .overdue ? "FORSINKET " : "frist ") + time($0) } ?? ""
            return [item.incident?.rawValue ?? "", item.title, when]
        }
        return [.subheading("Hva nå?"),
                .table(Table(columns: [.init("Hendelse", width: 0.18), .init("Neste handling", width: 0.57), .init("Frist", width: 0.25)],
                             rows: rows))]
    }

    public var document: PaperDocument {
        let incidents = incident.flatMap { state[$0] }.map { [$0] } ?? state.openIncidents
        let mark = DocumentMark(id: "statusrapport \(incident?.rawValue ?? "alle åpne") · segl \(seal)",
                                version: state.organisation.version, contentHash: "")
        var blocks: [Block] = [
            .title("Statusrapport til krisestab"),
            .paragraph("Beredskapsnivå: \(state.level.word)" + (state.levelDecision.map { " – \($0.reason)" } ?? "")
                + (state.levelDecidedAt.map { " (besluttet \(time($0)))" } ?? "")),
            .paragraph("Journalens segl: \(seal). Kontroller med «beredskap verify --seal \(seal)»."),
        ]
        blocks += whatNow(shown: incident)
        if !state.roles.isEmpty {
            let rows = state.roles.sorted { $0.key.rawValue < $1.key.rawValue }.map { [state.organisation.role($0.key)?.name ?? $0.key.rawValue, $0.value] }
            blocks += [.subheading("Krisestab"), .table(Table(columns: [.init("Rolle", width: 0.5), .init("Hvem", width: 0.5)], rows: rows))]
        }
        if incidents.isEmpty { blocks.append(.paragraph("Ingen åpne hendelser.")) }
        for incident in incidents { blocks += self.incident(incident) }
        let shown = Set(incidents.map(\.id))
        let entries = recent.filter { $0.incident.map(shown.contains) ?? true }.suffix(15)
        if !entries.isEmpty {
            blocks += [.subheading("Siste registreringer i hendelsesloggen"),
                       .table(Table(columns: [.init("Nr", width: 0.08), .init("Tid", width: 0.22), .init("Hva", width: 0.7)],
                                    rows: entries.map { ["\($0.seq)", time($0.at), $0.text] }))]
        }
        return PaperDocument(mark: mark, title: "Statusrapport", blocks: blocks)
    }

    private func incident(_ incident: Incident) -> [Block] {
        let clock = Clocks.outage(incident, now: now)
        var outage = Minutes.describe(seconds: clock.elapsed)
        if let max = clock.maxOutage { outage += " av maks \(max)" + (clock.exceeded ? " – maksimal avbruddstid er overskredet" : "") }
        if clock.stopped { outage += " (gjenopprettet)" }
        var facts = [["Fase", incident.phase.word], ["Oppdaget", time(incident.detectedAt)], ["Avbrudd", outage]]
        if let triage = incident.triage {
            facts.append(["Alvorlighetsgrad", triage.severity.rawValue])
            facts.append(["Systemer", triage.systems.map { state.organisation.system($0)?.name ?? $0.rawValue }.joined(separator: ", ")])
        }
        if let deadline = Clocks.privacyBreachDeadline(incident) { facts.append(["72-timersfrist til Datatilsynet", time(deadline)]) }
        let issued = incident.forms.count
        if issued > 0 { facts.append(["Papirskjema", "\(issued) utlevert, \(incident.unsettledForms.count) ikke ajourført"]) }
        var blocks: [Block] = [
            .heading("\(incident.id.rawValue): \(incident.title)"),
            .table(Table(columns: [.init("", width: 0.3), .init("", width: 0.7)], rows: facts)),
        ]
        let open = incident.tasks.filter(\.isOpen).sorted {
            (overdue($0) ? 0 : 1, roleName($0.role), $0.due ?? .distantFuture) < (overdue($1) ? 0 : 1, roleName($1.role), $1.due ?? .distantFuture)
        }
        if !open.isEmpty {
            let rows = open.map { task in
                [roleName(task.role), task.title, task.due.map(time) ?? "–", overdue(task) ? "Forsinket" : "Åpen"]
            }
            blocks += [.subheading("Åpne oppgaver etter rolle, forsinkede først"),
                       .table(Table(columns: [.init("Rolle", width: 0.2), .init("Oppgave", width: 0.48), .init("Frist", width: 0.2),
                                              .init("Status", width: 0.12)], rows: rows))]
        }
        if !incident.duties.isEmpty {
            let rows = incident.duties.map { duty -> [String] in
                let status = if let reached = duty.reachedAt { "Varslet \(time(reached))" }
                    else if let reason = duty.declinedReason { "Ikke varslet: \(reason)" }
                    else { "Mangler" + (duty.attempts.isEmpty ? "" : " (\(duty.attempts.count) forsøk)") }
                return [duty.recipient, duty.due.map(time) ?? "–", status]
            }
            blocks += [.subheading("Varsling"),
                       .table(Table(columns: [.init("Mottaker", width: 0.45), .init("Frist", width: 0.2), .init("Status", width: 0.35)], rows: rows))]
        }
        let decided = decisions.filter { $0.incident == nil || $0.incident == incident.id }
        if !decided.isEmpty {
            blocks += [.subheading("Beslutninger"),
                       .table(Table(columns: [.init("Tid", width: 0.22), .init("Beslutning", width: 0.78)], rows: decided.map { [time($0.at), $0.text] }))]
        }
        return blocks
    }

    private func roleName(_ role: RoleID) -> String { state.organisation.role(role)?.name ?? role.rawValue }
    private func overdue(_ task: IncidentTask) -> Bool { task.due.map { $0 < now } ?? false }
}

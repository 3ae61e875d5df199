import BeredskapCore
import Foundation

/// One «Hva nå?» item as the command line shows it (`beredskap next`, `status`): Core's item, with the command
/// that does it. CAPITALS in a command are for the user to fill in.
struct NextActionLine: Encodable, Equatable {
    var incident: String?
    var title: String
    var due: Date?
    /// `overdue`, `now`, `due`, `next` or `later`: the order of the list.
    var urgency: String
    var command: String

    /// `journalArguments` (` --exercise NAVN`, ` --journal MAPPE`) go on every command, so each can be typed as shown.
    init(_ item: NextAction, in state: State, journalArguments: String = "") {
        incident = item.incident?.rawValue
        title = item.title
        due = item.due
        urgency = Self.word(item.urgency)
        command = Self.command(item, in: state) + journalArguments
    }

    /// Core's list for the whole journal, or for one incident.
    static func list(_ state: State, now: Date, incident: IncidentID? = nil, journalArguments: String = "") -> [NextActionLine] {
        NextActions.list(state, now: now).filter { item in incident.map { item.incident == $0 } ?? true }
            .map { NextActionLine($0, in: state, journalArguments: journalArguments) }
    }

    /// Two lines: the numbered item with its deadline, and the command under it.
    func text(number: Int, timeZone: TimeZone) -> String {
        let when = due.map { (urgency == "overdue" ? "  FORSINKET, frist " : "  frist ") + Timestamps.local($0, timeZone: timeZone) } ?? ""
        return "\(number). " + (incident.map { "[\($0)] " } ?? "") + title + when + "\n   → " + command
    }

    private static func word(_ urgency: NextAction.Urgency) -> String {
        switch urgency {
        case .overdue: "overdue"
        case .now: "now"
        case .due: "due"
        case .next: "next"
        case .later: "later"
        }
    }

    private static func command(_ item: NextAction, in state: State) -> String {
        let id = item.incident?.rawValue ?? "ID"
        switch item.kind {
        case .openIncident: return #"beredskap open --title "HVA SOM ER NEDE" --detected-by "HVEM""#
        case .triage:
            return "beredskap triage \(id) --system SYSTEM --category KATEGORI --severity GRAD --consequence \"KONSEKVENS\""
        case .decideLevel(let suggested): return "beredskap level \(suggested.rawValue) --reason \"BEGRUNNELSE\" --incident \(id)"
        case .startResponse: return "beredskap phase \(id) \(Phase.responding.rawValue)"
        case .confirmControl: return "beredskap control \(id) \"HVA BEKREFTELSEN BYGGER PÅ\""
        case .startRestoration: return "beredskap phase \(id) \(Phase.restoring.rawValue)"
        case .confirmRestored: return "beredskap phase \(id) \(Phase.reEntry.rawValue)"
        case .reEnterForms: return formsCommand(item.incident.flatMap { state[$0] }, id)
        case .close: return "beredskap phase \(id) \(Phase.closed.rawValue) --summary \"OPPSUMMERING\""
        case .evaluate: return "beredskap phase \(id) \(Phase.evaluated.rawValue) --lesson \"LÆRINGSPUNKT\""
        case .notify(let duty, _), .callAgain(let duty): return "beredskap call \(id) \(duty) --outcome \(CallOutcome.reached.rawValue)"
        case .task: return "beredskap console (tast g: Oppgaver)"
        case .step(_, let step): return "beredskap step \(id) \(step)"
        case .appointRole(let role): return "beredskap role \(role) --person NAVN"
        case .reportPrivacyBreach: return "beredskap breach report \(id) --stage \(BreachReportStage.initial.rawValue)"
        case .lowerLevel: return "beredskap level \(ReadinessLevel.normal.rawValue) --reason \"BEGRUNNELSE\""
        }
    }

    /// The next bundle to move on: every form of the first unsettled form's place when they stand at the same step,
    /// else that one form. The count is filled in, since `form advance` checks it.
    private static func formsCommand(_ incident: Incident?, _ id: String) -> String {
        guard let incident, let first = incident.unsettledForms.first, let next = first.status.next else {
            return "beredskap form advance \(id) --range FRA..TIL --to STEG --count ANTALL"
        }
        let place = incident.forms(.issuedTo(first.issuedTo)) ?? []
        if place.allSatisfy({ $0.status == first.status }) {
            return "beredskap form advance \(id) --place \"\(InertText.make(first.issuedTo))\" --to \(next.rawValue) --count \(place.count)"
        }
        return "beredskap form advance \(id) --range \(first.serial)..\(first.serial) --to \(next.rawValue) --count 1"
    }
}

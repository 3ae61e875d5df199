import ArgumentParser
import BeredskapCore
import BeredskapPaper
import BeredskapStore
import Foundation

/// The after-action report for an incident, or for the exercise when there is no incident and the journal is
/// an exercise's: shared by `after-action`, `exercise report` and `print after-action`.
enum AfterActionSource {
    static func make(global: GlobalOptions, incident: String?, now: Date) throws -> (document: PaperDocument, organisation: Organisation, exercise: Bool) {
        let store = try global.readStore(now: now)
        let subject: AfterActionReport.Subject = incident.map { .incident(IncidentID($0)) } ?? .exercise
        if incident == nil, store.kind != .exercise {
            throw ValidationError("Oppgi hendelsen (ID), eller øvelsen med --exercise NAVN.")
        }
        guard let report = AfterActionReport(state: store.state, events: store.timeline.compactMap(\.event), subject: subject, now: now) else {
            throw incident.map { CommandFailure(message: "Fant ingen hendelse \(InertText.make($0)) i journalen.") } ?? Refusal.noExercise
        }
        let document = AfterActionReportDocument(report: report, organisation: store.state.organisation, seal: store.seal.description).document
        return (document, store.state.organisation, store.kind == .exercise)
    }
}

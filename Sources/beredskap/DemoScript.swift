import ArgumentParser
import BeredskapCore
import BeredskapStore
import Foundation

/// An EPJ outage an hour and a half old, at yellow, in the demo organisation: the story the demo journal tells.
/// Notifications and tasks come from the playbooks (the level and the category); all names are fictitious.
enum DemoScript {
    static func play(on store: IncidentStore, now: Date) throws {
        func ago(_ minutes: Int) -> Date { now.addingTimeInterval(TimeInterval(-minutes * 60)) }
        @discardableResult
        func run(_ minutesAgo: Int, _ action: Action, onBehalfOf: String? = nil) throws -> [TimelineEntry] {
            try store.execute(Command(by: "ikt-vakt (fiktiv)", occurred: ago(minutesAgo), onBehalfOf: onBehalfOf, action), now: now)
        }
        // Administrativ bakvakt decides the level by phone before the krisestab meets; she then takes the lead.
        let lead = "Kari Nordmann (fiktiv)"
        let opened = try run(95, .openIncident(title: "EPJ utilgjengelig på alle sengeposter", detectedBy: "Sengepost 3B"))
        guard let id = opened.first?.incident else { return }
        try run(88, .triage(id, TriageInput(systems: ["epj"], category: "teknisk-svikt", severity: .high,
                                            consequence: "Ingen tilgang til journal og kurve; sengepostene går over til papir.",
                                            expectedDuration: Minutes(180))))
        try run(86, .recordCall(id, "V1", outcome: .reached, number: nil, note: "Driftssenteret bekrefter feil i databaselaget"))
        try run(85, .setLevel(.yellow, reason: "EPJ nede, forventet varighet over halvparten av maksimal avbruddstid", incidents: [id]), onBehalfOf: lead)
        try run(84, .startResponse(id, note: nil))
        try run(83, .assignRole("krisestabsleder", person: lead, handoverNote: nil))
        try run(80, .recordCall(id, "V2", outcome: .reached, number: nil, note: nil))
        try run(78, .recordCall(id, "V3", outcome: .noAnswer, number: nil, note: nil))
        let procedure = store.state.organisation.procedure("epj-uten-is")?.ref
        try run(75, .activateFallback(id, .withoutIT, procedure: procedure))
        if let procedure {
            for step: StepID in ["eu-o1", "eu-o3", "eu-h1"] { try run(74, .completeStep(id, procedure, step: step)) }
        }
        try run(70, .issueForms(id, form: "journalnotat", count: 20, issuedTo: "Sengepost 3B"))
        try run(52, .completeTask(id, "O1", note: nil))
        try run(12, .log(id, text: "Leverandøren melder at databasen gjenopprettes fra replika; ny status om 30 min."))
    }
}

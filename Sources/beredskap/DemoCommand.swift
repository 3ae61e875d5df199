import ArgumentParser
import BeredskapCore
import BeredskapStore
import Foundation

struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Vis status for en øvelsesjournal («demo») med et påbegynt EPJ-bortfall. Ingenting reelt berøres.",
        discussion: "Lager øvelsesjournalen første gang (fiktive navn og tall), og viser deretter status.")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        var options = global
        options.exercise = "demo"
        let now = Date()
        if !FileManager.default.fileExists(atPath: options.path) {
            let store = try IncidentStore.create(path: options.path, kind: .exercise, now: now)
            try DemoScript.play(on: store, now: now)
        }
        let store = try options.openStore(now: now)
        print(StatusSummary(store: store, now: now).text(now: now))
        print("\nHendelsesloggen: beredskap timeline --exercise demo" + (global.journal.map { " --journal \($0)" } ?? ""))
    }
}

/// An EPJ outage an hour and a half old, at yellow: the story the demo journal tells. All names are fictitious.
enum DemoScript {
    static func play(on store: IncidentStore, now: Date) throws {
        func ago(_ minutes: Int) -> Date { now.addingTimeInterval(TimeInterval(-minutes * 60)) }
        func run(_ who: String, _ minutesAgo: Int, _ action: Action) throws -> [TimelineEntry] {
            try store.execute(Command(by: OperatorName(who), occurred: ago(minutesAgo), action), now: now)
        }
        let vakt = "ikt-vakt (fiktiv)"
        let opened = try run(vakt, 95, .openIncident(title: "EPJ utilgjengelig på alle sengeposter", detectedBy: "Sengepost 3B"))
        guard let id = opened.first?.incident else { return }
        _ = try run(vakt, 88, .triage(id, TriageInput(
            systems: ["epj", "kurve"], category: "teknisk-svikt", severity: .high,
            consequence: "Ingen tilgang til journal og kurve; sengepostene går over til papir.",
            expectedDuration: Minutes(180), maxOutage: Minutes(240))))
        _ = try run(vakt, 85, .setLevel(.yellow, reason: "EPJ nede, forventet varighet over halvparten av maksimal avbruddstid", incidents: [id]))
        _ = try run(vakt, 84, .startResponse(id, note: nil))
        _ = try run(vakt, 83, .assignRole("krisestabsleder", person: "Kari Nordmann (fiktiv)", handoverNote: nil))
        _ = try run(vakt, 82, .requireNotification(id, recipient: "Driftsleverandørens vakttelefon", contact: nil, due: ago(67), mandatory: true))
        _ = try run(vakt, 80, .recordCall(id, "V1", outcome: .reached, number: "+47 400 00 000", note: "Feil i databaselaget bekreftet"))
        _ = try run(vakt, 79, .requireNotification(id, recipient: "Klinikksjef medisin", contact: nil, due: ago(49), mandatory: true))
        _ = try run(vakt, 78, .recordCall(id, "V2", outcome: .noAnswer, number: "+47 400 00 001", note: nil))
        _ = try run(vakt, 75, .activateFallback(id, .withoutIT, procedure: nil))
        _ = try run(vakt, 74, .issueForms(id, form: "papirjournal", prefix: "PJ", count: 20, issuedTo: "Sengepost 3B"))
        _ = try run(vakt, 70, .assignTask(id, title: "Hent nødpermene fra beredskapsskapet", role: "sengepostleder", due: ago(55), procedure: nil))
        _ = try run(vakt, 52, .completeTask(id, "O1", note: nil))
        _ = try run(vakt, 50, .assignTask(id, title: "Meld status til krisestaben", role: "ikt-vakt", due: ago(15), procedure: nil))
        _ = try run(vakt, 30, .assignTask(id, title: "Skriv ut pasientlister fra lesekopien", role: "sengepostleder", due: ago(-20), procedure: nil))
        _ = try run(vakt, 12, .log(id, text: "Leverandøren melder at databasen gjenopprettes fra replika; ny status om 30 min."))
    }
}

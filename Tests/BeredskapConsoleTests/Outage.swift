@testable import BeredskapConsole
import BeredskapCore
import BeredskapJournal
import BeredskapPlaybooks
import BeredskapStore
import Foundation
import Testing

/// A yellow EPJ outage in the shipped demo organisation, at a fixed time, in an exercise journal of its own.
struct Outage {
    /// 24.11.2026 03:40 in Oslo.
    static let now = Date(timeIntervalSince1970: 1_795_488_000)
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static var playbooks: String { repository.appendingPathComponent("Playbooks").path }

    let directory: URL
    let store: IncidentStore
    let incident: IncidentID

    /// Administrativ bakvakt, who takes the reserved decisions (level, control) by phone until a krisestab lead
    /// is appointed; kari, the IT on-call, enters them on his behalf.
    static let lead = "Per Leder"

    /// The outage as far as `phase`: just opened, triaged, or (the default) in response at GUL with a call made
    /// and a log line.
    init(kind: JournalKind = .exercise, through phase: Phase = .responding) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("beredskap-console-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let organisation = try #require(PlaybookLoader.load(directory: Self.playbooks, now: Self.now).organisation)
        store = try IncidentStore.create(path: directory.appendingPathComponent("ovelse.jsonl").path, kind: kind,
                                         organisation: organisation, now: Self.now)
        let store = store
        func run(_ minutesAgo: Int, _ action: Action, onBehalfOf: String? = nil) throws -> [TimelineEntry] {
            try store.execute(Command(by: "kari", occurred: Self.now.addingTimeInterval(TimeInterval(-minutesAgo * 60)),
                                      onBehalfOf: onBehalfOf, action), now: Self.now)
        }
        let opened = try run(50, .openIncident(title: "EPJ utilgjengelig på sengepost 3B", detectedBy: "Sengepost 3B"))
        incident = try #require(opened.first?.incident)
        guard phase > .detected else { return }
        _ = try run(45, .triage(incident, TriageInput(systems: ["epj"], category: "teknisk-svikt", severity: .high,
                                                      consequence: "Ingen tilgang til kurve; papir brukes.")))
        guard phase > .triaged else { return }
        _ = try run(44, .setLevel(.yellow, reason: "EPJ nede på sengepostene", incidents: [incident]), onBehalfOf: Self.lead)
        _ = try run(43, .startResponse(incident, note: nil))
        _ = try run(40, .recordCall(incident, "V1", outcome: .reached, number: nil, note: nil))
        _ = try run(30, .log(incident, text: "Blåbærsyltetøy på bestilling fra kjøkkenet; ærlig øvelse"))
    }

    /// Runs `action` by kari at the fixture's time.
    func run(_ action: Action) throws {
        _ = try store.execute(Command(by: "kari", action), now: Self.now)
    }

    /// The same outage moved on from response to `phase` (restoring, re-entry or closed): control confirmed,
    /// restoration started, service restored; closed with every call made, past what is left undone, down to
    /// normal drift.
    func moved(to phase: Phase) throws -> Outage {
        func run(_ minutesAgo: Int, _ action: Action, onBehalfOf: String? = nil) throws {
            _ = try store.execute(Command(by: "kari", occurred: Self.now.addingTimeInterval(TimeInterval(-minutesAgo * 60)),
                                          onBehalfOf: onBehalfOf, action), now: Self.now)
        }
        try run(20, .confirmControl(incident, note: "Leverandøren kjenner årsaken"), onBehalfOf: Self.lead)
        try run(19, .startRestoration(incident, note: nil))
        guard phase > .restoring else { return self }
        try run(10, .confirmRestored(incident, note: nil))
        guard phase > .reEntry else { return self }
        for duty in try #require(store.state[incident]).duties where duty.isOutstanding {
            try run(5, .recordCall(incident, duty.id, outcome: .reached, number: nil, note: nil))
        }
        try run(2, .close(incident, summary: "EPJ tilbake", dismissal: nil, level: .lower(to: .normal, reason: "Ingen åpne hendelser"),
                          unfinishedReason: "Følges opp av linjeledelsen"), onBehalfOf: Self.lead)
        return self
    }

    /// The same outage further on: paper forms out and partly back, a task and krisestab roles, a message
    /// drafted, an avvik with a measure, and a personal-data breach with some of its details.
    func furtherOn() throws -> Outage {
        func run(_ action: Action, by name: OperatorName = "kari") throws {
            _ = try store.execute(Command(by: name, occurred: Self.now.addingTimeInterval(-20 * 60), action), now: Self.now)
        }
        try run(.issueForms(incident, form: "medikamentkurve", count: 4, issuedTo: "Sengepost 3B"))
        try run(.advanceForm(incident, "MK-0001", to: .returned))
        try run(.waiveForm(incident, "MK-0004", reason: "Ødelagt, ikke brukt"))
        try run(.assignRole("krisestabsleder", person: Self.lead, handoverNote: nil))
        try run(.assignTask(incident, title: "Hent papirkurver fra beredskapsskapet", role: "avdelingsleder",
                            due: Self.now.addingTimeInterval(-5 * 60), procedure: nil))
        try run(.draftMessage(incident, template: "ansatte-driftsstans", recipients: "Ansatte på sengepostene",
                              nextUpdate: Self.now.addingTimeInterval(3600), contact: "+47 000 12 345", text: nil))
        try run(.registerDeviation(DeviationReport(what: "Beredskapsskapet på 3B manglet papirkurver", immediateMeasures: "Lånt fra 3A",
                                                   possibleConsequence: "Forsinket legemiddelgivning", howDetected: "Under omlegging til papir",
                                                   affected: [.availability], cause: .system,
                                                   roles: DeviationRoles(reporter: "Sykepleier 3B", handler: "Avdelingsleder 3B", owner: "Klinikksjef")),
                                   incident: incident))
        try run(.addDeviationMeasure("A-2026-001", MeasurePlan(text: "Fast kontroll av beredskapsskap hver måned", owner: "Avdelingsleder 3B",
                                                               due: Self.now.addingTimeInterval(14 * 86400), cost: "2 timer i måneden",
                                                               alternatives: "Plombert skap; avvist fordi det hindrer rask tilgang",
                                                               approval: Approval(by: "Klinikksjef", on: Self.now))))
        try run(.flagPrivacyBreach(incident, awareAt: Self.now.addingTimeInterval(-25 * 60), note: "Utskrift av pasientliste funnet i trapp"))
        try run(.recordBreachDetails(incident, BreachDetails(subjectCategories: "Pasienter på sengepost 3B", approximateSubjects: 24)))
        return self
    }

    /// The water-leak scenario running for 12 minutes: the first inject released and assessed, the second due.
    func exercising() throws -> Outage {
        let scenario = try #require(store.state.organisation.scenarios.first { $0.id == "vannlekkasje-datarom" })
        func run(_ minutesAgo: Int, _ action: Action) throws {
            _ = try store.execute(Command(by: "leder", occurred: Self.now.addingTimeInterval(TimeInterval(-minutesAgo * 60)), action),
                                  now: Self.now)
        }
        try run(12, .startExercise(scenario))
        try run(11, .releaseInject("i1"))
        try run(2, .assessExpectation("f1", .partly, note: "Teknisk vakt ble ringt først etter ti minutter"))
        try run(1, .observe(text: "God ro i rommet", inject: "i1"))
        return self
    }

    /// The console as it opens: on the organisation's clock (Europe/Oslo in the demo), whatever the machine's zone.
    func model(_ screen: ScreenID = .overview, operatorName: OperatorName = "kari") -> ConsoleModel {
        var model = ConsoleModel(store: store, now: Self.now, operatorName: operatorName)
        // The Region screen is there only with `--sync`: such a console starts before its first regional picture.
        if screen == .region { model.region = RegionState(feed: RegionFeed(picture: nil, connection: .connecting)) }
        _ = model.handle(.character(KeyBindings.all.first { $0.action == .show(screen) }!.keyLabel.first!))
        return model
    }
}

/// Screen text compared with a file in Snapshots/; BEREDSKAP_RECORD_SNAPSHOTS=1 writes the files instead.
enum Snapshot {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")

    static func check(_ grid: Grid, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let file = directory.appendingPathComponent("\(name)-\(grid.size.columns)x\(grid.size.rows).txt")
        let text = grid.lines.joined(separator: "\n") + "\n"
        if ProcessInfo.processInfo.environment["BEREDSKAP_RECORD_SNAPSHOTS"] == "1" {
            try text.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: file, encoding: .utf8)
        #expect(text.split(separator: "\n", omittingEmptySubsequences: false) == expected.split(separator: "\n", omittingEmptySubsequences: false),
                "\(file.lastPathComponent) differs", sourceLocation: sourceLocation)
    }
}

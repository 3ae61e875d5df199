import BeredskapCore
import Foundation

/// Years of outages in the demo organisation, then tonight: four open incidents, the oldest at red with a long
/// log. Every event is a command decided against the playbooks (notifications and tasks come from the levels and
/// the categories, checklists from the procedures, serials from the forms), so the screens show real work.
public struct OutageHistory {
    let writer: HistoryWriter
    var random = SeededGenerator(seed: 2026)
    var organisation: Organisation { writer.state.organisation }
    /// Approves messages: only the holder of the krisestabsleder role may.
    let lead: OperatorName = "Kari Nordmann (fiktiv)"
    /// Scales the pauses between steps: tonight the krisestab works many terminals at once.
    private var tempo = 1.0

    init(writer: HistoryWriter) { self.writer = writer }

    /// Writes exactly `events` events ending just before `end`, the last ones tonight's.
    public static func write(events: Int, into writer: HistoryWriter, end: Date) throws {
        var history = OutageHistory(writer: writer)
        let tonight = end.addingTimeInterval(-3 * 3600)
        // Tonight's script writes about 400 events and the rest of the budget as the night's log lines.
        try history.past(until: tonight.addingTimeInterval(-3 * 86_400), events: events - 900)
        try history.tonight(start: tonight, end: end, events: events)
        try writer.commit()
    }

    // MARK: The past

    struct Kind {
        let system: SystemID
        let category: CategoryID
        let title: String
    }

    private static let kinds = [
        Kind(system: "epj", category: "teknisk-svikt", title: "EPJ utilgjengelig"),
        Kind(system: "epj", category: "teknisk-svikt", title: "EPJ svarer tregt og henger"),
        Kind(system: "kurve", category: "teknisk-svikt", title: "Elektronisk kurve viser ikke legemidler"),
        Kind(system: "lis", category: "teknisk-svikt", title: "Laboratoriesystemet tar ikke imot rekvisisjoner"),
        Kind(system: "ris-pacs", category: "teknisk-svikt", title: "Røntgenbilder lastes ikke"),
        Kind(system: "lan", category: "nettverksbrudd", title: "Nettverksbrudd"),
        Kind(system: "helsenett", category: "nettverksbrudd", title: "Helsenett-tilkoblingen er nede"),
        Kind(system: "strom", category: "strombrudd", title: "Strømbrudd, nødaggregat har startet"),
        Kind(system: "datasenter", category: "kjolesvikt", title: "Temperaturen stiger i datarom A"),
        Kind(system: "datasenter", category: "vannlekkasje", title: "Vann i himlingen over datarom B"),
        Kind(system: "meldingstjener", category: "meldingsstans", title: "Epikriser og henvisninger sendes ikke"),
        Kind(system: "mtu-overvaking", category: "mtu-svikt", title: "Sentral overvåking viser ikke kurver"),
        Kind(system: "palogging", category: "tilgangssvikt", title: "Pålogging med kort feiler"),
        Kind(system: "telefoni", category: "teknisk-svikt", title: "Interne telefonnummer svarer ikke"),
        Kind(system: "epj", category: "skadevare", title: "Mistanke om løsepengevirus på klinikk-PC"),
        Kind(system: "epj", category: "personvernbrudd", title: "Epikrise sendt til feil mottaker"),
        Kind(system: "pas", category: "driftsleverandor", title: "Driftsleverandøren har driftsstans"),
    ]

    static let places = ["Sengepost 3B", "Akuttmottaket", "Intensiv", "Operasjon", "Føde/barsel", "Medisinsk sengepost 5A",
                                 "Poliklinikk øye", "Laboratoriet", "Røntgen", "Barneavdelingen", "Ortopedisk sengepost 4C"]
    static let operators: [OperatorName] = ["ikt-vakt (fiktiv)", "Ola Hansen (fiktiv)", "Silje Berg (fiktiv)",
                                                    "Nils Dahl (fiktiv)", "Kari Nordmann (fiktiv)", "Aisha Khan (fiktiv)"]
    static let logLines = [
        "Statusmøte: leverandøren feilsøker databaselaget, ny status om 30 min.",
        "%@ bekrefter at de går på papir.",
        "%@ melder at skjemapakkene er mottatt.",
        "Driftsleverandøren har gitt saksnummer; eskalert til 2. linje.",
        "Ringte %@: de har to akutte pasienter, legemiddelrunde kl. 22 på papirkurve.",
        "Leverandøren forsøker omstart av applikasjonsserver 2.",
        "Ingen tegn til angrep i brannmurloggene så langt.",
        "%@ mangler nødpermen; ny kopi sendt med portør.",
        "Ny status fra leverandør: feilen er avgrenset, forventet oppe om 1-2 timer.",
        "Kommunikasjon har lagt ut melding på intranett og oppslag i resepsjonen.",
        "Krisestaben samlet i krisestabsrommet; neste møte om en time.",
        "%@ spør om utskrivning kan gjøres på papir; svar: ja, etter nødpermen fane 3.",
        "Lesekopien er oppdatert til kl. 21:40 og kan brukes til oppslag.",
        "Vaktlegen i %@ melder at prøvesvar ringes ut fra laboratoriet.",
        "Teknisk ansvarlig bekrefter at siste sikre registrering var kl. 21:12.",
    ]

    mutating func who() -> OperatorName { random.pick(Self.operators) }
    mutating func place() -> String { random.pick(Self.places) }
    /// A few minutes between one thing and the next.
    mutating func pause(_ range: ClosedRange<Int> = 20...420) -> TimeInterval { TimeInterval(random.int(range)) * tempo }

    @discardableResult
    mutating func run(_ action: Action, by name: OperatorName? = nil, after seconds: TimeInterval? = nil,
                              occurred: Date? = nil) throws -> [Event] {
        let reserved = Self.isReserved(action)
        if reserved, writer.state.roles["krisestabsleder"] == nil {
            try writer.run(.assignRole("krisestabsleder", person: lead.rawValue, handoverNote: nil), by: lead, after: pause())
        }
        let name = name ?? (reserved ? lead : who())
        let seconds = seconds ?? pause()
        return try writer.run(action, by: name, after: seconds, occurred: occurred)
    }

    /// The decisions the demo's roller.yaml reserves for the krisestab lead: the lead takes them (and appoints
    /// themself the first time), as the demo organisation's rules require.
    private static func isReserved(_ action: Action) -> Bool {
        switch action {
        case .setLevel, .confirmControl, .approveMessage: true
        case .assignRole(let role, _, _): role == "krisestabsleder"
        default: false
        }
    }

    /// Incidents one after another until `events` events are written or `end` is near.
    private mutating func past(until end: Date, events: Int) throws {
        var incidents = 0.0
        var busy = 0.0
        while writer.events < events - 400 {
            // Spread the incidents still to come over the time left, counting the time each one takes.
            let eventsEach = incidents == 0 ? 170 : Double(writer.events) / incidents
            let durationEach = incidents == 0 ? 86_400 : busy / incidents
            let left = Double(events - writer.events) / eventsEach
            let idle = end.timeIntervalSince(writer.clock) - left * durationEach
            writer.clock += max(3600, idle / (left + 1) * Double.random(in: 0.4...1.6, using: &random))
            let start = writer.clock
            try pastIncident()
            busy += writer.clock.timeIntervalSince(start)
            incidents += 1
        }
    }

    private mutating func pastIncident() throws {
        let kind = random.pick(Self.kinds)
        let id = try open(kind)
        if random.chance(0.06) {
            try run(.log(id, text: "Feilen gjaldt én PC; ingen driftsstans."))
            let keep: LevelDecision? = writer.state.level > .normal ? .keep(reason: "Andre hendelser er fortsatt under arbeid") : nil
            try run(.close(id, summary: "Lokal feil", dismissal: "Ikke en driftsstans", level: keep))
            return
        }
        try triage(id, kind, severity: random.pick(Severity.allCases))
        let level = random.chance(0.35) ? ReadinessLevel.green : random.chance(0.75) ? .yellow : .red
        if level > writer.state.level {
            try run(.setLevel(level, reason: "Kritisk system nede lenger enn halve maksimale avbruddstid", incidents: [id]))
        }
        try run(.startResponse(id, note: nil))
        if level > .green { try staff() }
        try tick(id, .responding, share: 0.3)
        try fallBack(id)
        try issueForms(id, kinds: random.int(0...3), each: 5...20)
        if kind.category == "personvernbrudd" {
            try run(.flagPrivacyBreach(id, awareAt: writer.clock, note: "Opplysninger om én pasient sendt feil"))
        }
        try callEveryone(id, reach: 1)
        try logs(id, count: random.int(10...45))
        if level > .green { try message(id, kind) }
        if level == .yellow, random.chance(0.15) {
            try run(.setLevel(.red, reason: "Ikke tilbake innen maksimal avbruddstid", incidents: [id]))
            try callEveryone(id, reach: 1)
        }
        try finishTasks(id)
        try tick(id, .responding, share: 0.5)
        try run(.confirmControl(id, note: "Årsak kjent; ingen tegn til angrep"))
        try run(.startRestoration(id, note: nil))
        try tick(id, .restoring, share: 0.5)
        try logs(id, count: random.int(2...8))
        try run(.confirmRestored(id, note: "Pilotavdelingen har testet pålogging, lesing og skriving"))
        try tick(id, .reEntry, share: 0.5)
        try settleForms(id)
        try settleDuties(id)
        if random.chance(0.05), writer.events > 10 {
            try run(.correct(seq: writer.events - 1, incident: id, text: "Gjaldt sengepost 4C, ikke 3B", reason: "Feil avdeling"))
        }
        try finishTasks(id)
        let lower: LevelDecision? = writer.state.level > .normal ? .lower(to: .normal, reason: "Tilbake i normal drift") : nil
        try run(.close(id, summary: "Tjenesten er tilbake og alt er ajourført", dismissal: nil, level: lower,
                      unfinishedReason: "Det som gjenstår følges opp i evalueringen"), by: lead)
        if random.chance(0.5) {
            try run(.evaluate(id, lessons: ["Nødpermene var ikke oppdatert på alle avdelinger"],
                              actions: [CorrectiveAction(text: "Gjennomgå nødpermene", owner: "Beredskapskoordinator",
                                                         due: writer.clock.addingTimeInterval(30 * 86_400))]),
                     by: lead, after: 86_400)
        }
    }

    // MARK: Tonight

    /// Four open incidents over the last three hours, the oldest at red, and between their steps the night's log
    /// lines at an even rate, so that exactly `events` are written.
    private mutating func tonight(start: Date, end: Date, events: Int) throws {
        writer.clock = max(writer.clock, start)
        tempo = 0.05
        let epj = Kind(system: "epj", category: "teknisk-svikt", title: "EPJ utilgjengelig på alle sengeposter")
        let big = try open(epj, after: 0, placed: false)
        try triage(big, epj, severity: .critical)
        try run(.setLevel(.red, reason: "EPJ nede, forventet varighet over maksimal avbruddstid", incidents: [big]))
        try run(.startResponse(big, note: nil))
        try staff()
        try tick(big, .detected, share: 1)
        try tick(big, .triaged, share: 1)
        try tick(big, .responding, share: 0.4)
        try fallBack(big)
        try issueForms(big, kinds: 4, each: 30...60)
        try callEveryone(big, reach: 0.55)
        try logs(big, count: 120, spacing: 10)
        try message(big, epj)
        try run(.draftMessage(big, template: "ansatte-driftsstans", recipients: "Alle ansatte", nextUpdate: nil, contact: nil,
                              text: "EPJ er fortsatt nede. Fortsett på papir. Neste melding kl. 02:00."))
        try returnForms(big, share: 0.3)

        try logUntil(end.addingTimeInterval(-70 * 60), in: big, end: end, keeping: events - 150)
        let network = Kind(system: "lan", category: "nettverksbrudd", title: "Nettverksbrudd i bygg 2, 3. etasje")
        let second = try open(network, after: 0, placed: false)
        try triage(second, network, severity: .high)
        try run(.startResponse(second, note: nil))
        try fallBack(second)
        try issueForms(second, kinds: 1, each: 10...10)
        try callEveryone(second, reach: 0.4)
        try logs(second, count: 15, spacing: 30)

        try logUntil(end.addingTimeInterval(-25 * 60), in: big, end: end, keeping: events - 50)
        let malware = Kind(system: "akutt-tavle", category: "skadevare", title: "Mistanke om skadevare på PC i akuttmottaket")
        let third = try open(malware, after: 0, placed: false)
        try triage(third, malware, severity: .high)
        try logs(third, count: 5, spacing: 30)

        try logUntil(end.addingTimeInterval(-6 * 60), in: big, end: end, keeping: events - 10)
        let fourth = try open(Kind(system: "telefoni", category: "teknisk-svikt", title: "Interne telefonnummer svarer ikke på sengepost 3B"),
                             after: 0, placed: false)

        // The last lines, spread evenly up to a minute before the end.
        let left = events - writer.events
        precondition(left > 0, "tonight's script wrote more than the budget; lower the past")
        let last = end.addingTimeInterval(-60).timeIntervalSince(writer.clock) / Double(left)
        precondition(last > 0, "the past ran into tonight")
        for index in 0..<left {
            let incident = index % 5 == 0 ? fourth : index % 3 == 0 ? second : big
            try run(.log(incident, text: line()), after: last)
        }
    }

    /// Log lines at the rate that spends the budget up to `keeping` by `end`, until `time` (then the clock is there).
    /// What is above `keeping` is left for the steps still to come in the script.
    private mutating func logUntil(_ time: Date, in incident: IncidentID, end: Date, keeping budget: Int) throws {
        let spacing = end.timeIntervalSince(writer.clock) / Double(max(budget - writer.events, 1))
        while writer.clock.addingTimeInterval(spacing) < time, writer.events < budget {
            try run(.log(random.chance(0.05) ? nil : incident, text: line()), after: spacing)
        }
        writer.clock = max(writer.clock, time)
    }
}

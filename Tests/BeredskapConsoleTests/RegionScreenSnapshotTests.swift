@testable import BeredskapConsole
import BeredskapCore
import Foundation
import Testing

/// `beredskap region console` and the hospital console's Region screen as text at the smallest supported size and
/// at a large one: many hospitals, none, an exercise, a lost connection; styles and the ticking clock apart.
@Suite struct RegionScreenSnapshotTests {
    static let sizes = [Size(rows: 24, columns: 80), Size(rows: 60, columns: 200)]
    static let oslo = TimeZone(identifier: "Europe/Oslo")!
    /// 24.11.2026 04:00 in Oslo.
    static let read = Date(timeIntervalSince1970: 1_795_489_200)

    static func minutes(_ count: Double) -> TimeInterval { count * 60 }

    /// Twelve hospitals: two red past their maximum outage, one yellow with outstanding notifications, one with a
    /// refused fork, one never decoded, the rest in normal drift.
    static func manyHospitals(kind: RegionKind = .real) -> RegionPicture {
        func incident(_ id: String, _ title: String, _ phase: Phase, outage minutes: Double, max: Int?, systems: [String],
                      outstanding: Int = 0, restored: Bool = false) -> RegionPicture.OpenIncident {
            RegionPicture.OpenIncident(incident: id, title: title, phase: phase, detectedAt: read.addingTimeInterval(-Self.minutes(minutes)),
                                       systems: systems, outage: true, outageSeconds: Self.minutes(minutes), maxOutageMinutes: max,
                                       restored: restored, outstandingNotifications: outstanding)
        }
        func hospital(_ name: String, _ level: ReadinessLevel?, since minutes: Double = 90, seq: Int? = 120,
                      forks: Int = 0, _ incidents: [RegionPicture.OpenIncident] = []) -> RegionPicture.Hospital {
            RegionPicture.Hospital(journal: "00000000-0000-4000-8000-\(String(format: "%012d", name.count * 7919 % 1_000_000))",
                                   hospital: name, level: level, levelSince: level.map { _ in read.addingTimeInterval(-Self.minutes(minutes)) },
                                   syncedSeq: seq, lastSync: seq.map { _ in read.addingTimeInterval(-Self.minutes(2)) }, forks: forks,
                                   openIncidents: incidents)
        }
        let hospitals = [
            hospital("Akershus universitetssykehus", .red, [
                incident("H-2026-014", "DIPS Arena utilgjengelig", .responding, outage: 95, max: 60, systems: ["DIPS Arena", "Labsystem"],
                         outstanding: 2),
                incident("H-2026-015", "Telefoni nede i akuttmottaket", .triaged, outage: 20, max: 120, systems: ["Telefoni"]),
            ]),
            hospital("Sykehuset Innlandet", .red, since: 2000, [
                incident("H-2026-003", "DIPS Arena utilgjengelig", .restoring, outage: 130, max: 60, systems: ["DIPS Arena"]),
            ]),
            hospital("Sykehuset Østfold", .yellow, [
                incident("H-2026-007", "Røntgen (PACS) treg", .detected, outage: 10, max: 240, systems: ["PACS"], outstanding: 1),
            ]),
            hospital("Sykehuset Telemark", .green, forks: 1, [
                incident("H-2026-001", "Nettverk ustabilt", .reEntry, outage: 45, max: 60, systems: ["Nettverk"], restored: true),
            ]),
            hospital("Sørlandet sykehus", nil, seq: nil),
            hospital("Oslo universitetssykehus", .normal, since: 5000),
            hospital("Sykehuset i Vestfold", .normal, since: 5000),
            hospital("Vestre Viken", .normal, since: 5000),
            hospital("Sunnaas sykehus", .normal, since: 5000),
            hospital("Lovisenberg diakonale sykehus", .normal, since: 5000),
            hospital("Diakonhjemmet sykehus", .normal, since: 5000),
            hospital("Martina Hansens hospital", .normal, since: 5000),
        ]
        return RegionPicture(kind: kind, at: read, hospitals: hospitals.sorted { $0.hospital < $1.hospital })
    }

    static func model(_ picture: RegionPicture?, _ connection: RegionFeed.Connection = .connected, later: TimeInterval = 0,
                      isExercise: Bool = false) -> RegionConsoleModel {
        RegionConsoleModel(feed: RegionFeed(picture: picture, connection: connection), now: read.addingTimeInterval(later),
                           timeZone: oslo, isExercise: isExercise)
    }

    @Test(arguments: sizes) func manyHospitals(size: Size) throws {
        let grid = RegionConsoleView.render(Self.model(Self.manyHospitals()), size: size)
        #expect(grid.lines[0].hasPrefix(" REGIONENS BEREDSKAPSBILDE · HØYESTE NIVÅ RØD"))
        #expect(grid.lines[0].hasSuffix("tilkoblet"))
        try Snapshot.check(grid, "region")
    }

    @Test(arguments: sizes) func noHospitals(size: Size) throws {
        let grid = RegionConsoleView.render(Self.model(RegionPicture(kind: .real, at: Self.read, hospitals: [])), size: size)
        #expect(grid.lines.contains { $0.contains("Ingen sykehus har synket ennå") })
        try Snapshot.check(grid, "region-tom")
    }

    @Test(arguments: sizes) func exercise(size: Size) throws {
        let grid = RegionConsoleView.render(Self.model(Self.manyHospitals(kind: .exercise), isExercise: true), size: size)
        let exercise = try #require(grid.lines[0].range(of: " ØVELSE "))
        let column = grid.lines[0].distance(from: grid.lines[0].startIndex, to: exercise.lowerBound) + 1
        #expect(grid.style(row: 0, column: column) == Style(.exercise, bold: true))
        try Snapshot.check(grid, "region-ovelse")
    }

    /// The server gone: the header says since when, the last picture stays, marked as possibly out of date.
    @Test func offlineKeepsTheLastPictureMarkedStale() throws {
        let since = Self.read.addingTimeInterval(Self.minutes(3))
        let grid = RegionConsoleView.render(Self.model(Self.manyHospitals(), .offline(since: since), later: Self.minutes(5)),
                                            size: Size(rows: 24, columns: 80))
        #expect(grid.lines[0].hasSuffix("frakoblet siden 04:03, prøver igjen"))
        #expect(grid.style(row: 0, column: 79) == Style(.error, bold: true))
        #expect(grid.lines[5].hasPrefix(" SISTE BILDE, LEST 04:00, KAN VÆRE UTDATERT"))
        #expect(grid.lines.contains { $0.contains("Akershus universitetssykehus") })
        try Snapshot.check(grid, "region-frakoblet")
    }

    /// Between readings the clocks run on: ten minutes later a running outage shows ten minutes more, and one that
    /// crossed its maximum in the meantime is marked; a restored one stands still.
    @Test func theOutageClocksTickBetweenReadings() throws {
        var model = Self.model(Self.manyHospitals(), later: Self.minutes(10))
        let östfold = try #require(model.region.hospitals.firstIndex { $0.hospital == "Sykehuset Østfold" })
        model.region.move(by: östfold)
        model.region.showsDetail = true
        let lines = RegionConsoleView.render(model, size: Size(rows: 24, columns: 80)).lines
        #expect(lines.contains("     Avbrudd: 20 min av maks 4 t"), "\(lines.joined(separator: "\n"))")

        let crossing = RegionPicture(kind: .real, at: Self.read, hospitals: [RegionPicture.Hospital(
            journal: "j", hospital: "Sykehus A", level: .yellow, levelSince: Self.read, syncedSeq: 3, lastSync: Self.read, forks: 0,
            openIncidents: [RegionPicture.OpenIncident(incident: "H-1", title: "EPJ nede", phase: .responding, detectedAt: Self.read,
                                                       systems: [], outage: true, outageSeconds: Self.minutes(55), maxOutageMinutes: 60,
                                                       restored: false, outstandingNotifications: 0)])])
        let before = RegionConsoleView.render(Self.model(crossing), size: Size(rows: 24, columns: 80))
        let after = RegionConsoleView.render(Self.model(crossing, later: Self.minutes(6)), size: Size(rows: 24, columns: 80))
        #expect(before.lines[2] == " Ingen avbrudd over maksimal avbruddstid.")
        #expect(after.lines[2] == " Over maksimal avbruddstid: Sykehus A (EPJ nede)")
        #expect(after.style(row: 2, column: 1) == Style(.overdue, bold: true))
        #expect(after.lines.contains { $0.contains("avbrudd 1 t 1 min OVER MAKS") }, "\(after.lines.joined(separator: "\n"))")

        let telemark = try #require(Self.manyHospitals().hospitals.first { $0.hospital == "Sykehuset Telemark" })
        #expect(telemark.lines(timeZone: Self.oslo, later: Self.minutes(10)) == telemark.lines(timeZone: Self.oslo))
    }

    /// Arrows and j/k move the selection, Enter shows the selected hospital over the whole body and back, q quits.
    @Test func keysScrollOpenAndQuit() throws {
        var model = Self.model(Self.manyHospitals())
        #expect(!press(.down, &model))
        #expect(!press(.character("j"), &model))
        #expect(model.region.selected?.hospital == model.region.hospitals[2].hospital)
        #expect(!press(.character("k"), &model))
        #expect(!press(.pageDown, &model))
        #expect(model.region.selected?.hospital == model.region.hospitals.last?.hospital)
        #expect(!press(.enter, &model))
        let detail = RegionConsoleView.render(model, size: Size(rows: 24, columns: 80))
        #expect(detail.lines[6].hasPrefix(" Vestre Viken  NORMAL DRIFT siden"))
        #expect(!press(.character("?"), &model))
        #expect(RegionConsoleView.render(model, size: Size(rows: 24, columns: 80)).lines[5].hasPrefix(" Hjelp: regionens bilde"))
        #expect(!press(.escape, &model))
        #expect(press(.character("q"), &model))
    }

    private func press(_ key: Key, _ model: inout RegionConsoleModel) -> Bool { model.handle(key) }

    /// Text from the database cannot move the cursor or set the window title: control characters are shown inert.
    @Test func databaseTextIsInert() throws {
        var picture = Self.manyHospitals()
        picture.hospitals[0].hospital = "Sykehus \u{1B}]0;eid\u{07}A"
        picture.hospitals[0].openIncidents[0].title = "EPJ\u{1B}[2J nede"
        var model = Self.model(picture)
        model.region.showsDetail = true
        let grid = RegionConsoleView.render(model, size: Size(rows: 24, columns: 200))
        let scalars = grid.rows.flatMap { $0.compactMap(\.character) }.flatMap(\.unicodeScalars)
        #expect(!scalars.contains { $0.value < 0x20 || $0.value == 0x7F })
    }

    /// In the hospital console the Region screen is one more screen, with R, present only with --sync.
    @Test func theHospitalConsoleHasTheScreenOnlyWithSync() throws {
        var model = try Outage().model()
        _ = model.handle(.character("R"))
        #expect(model.screen == .overview)
        #expect(model.message?.text.contains("--sync") == true)
        #expect(!ConsoleView.render(model, size: Size(rows: 43, columns: 132)).lines[3].contains("Region"))

        model.region = RegionState(feed: RegionFeed(picture: Self.manyHospitals(), connection: .connected))
        _ = model.handle(.character("R"))
        #expect(model.screen == .region)
        _ = model.handle(.down)
        #expect(model.region?.selectedRow == 1)
        let grid = ConsoleView.render(model, size: Size(rows: 43, columns: 132))
        #expect(grid.lines[3].hasSuffix(" Region"))
        try Snapshot.check(grid, "region-i-konsollet")
        try Snapshot.check(ConsoleView.render(model, size: Size(rows: 24, columns: 80)), "region-i-konsollet")
    }
}

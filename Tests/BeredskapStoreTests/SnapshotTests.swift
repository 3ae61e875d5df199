import BeredskapCore
import BeredskapJournal
import Foundation
import Testing
@testable import BeredskapStore

/// The snapshot of the folded state beside a journal: used only when it is this journal's, whole, made under these
/// playbooks, and the journal still has its line at its bytes; the rest of the journal is checked behind it.
@Suite struct SnapshotTests {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("snapshot-\(UUID().uuidString)").path
    let now = Date(timeIntervalSince1970: 1_795_000_000)
    var path: String { directory + "/beredskap.jsonl" }
    var snapshotPath: String { StateSnapshot.path(forJournal: path) }
    /// Snapshots are used only under playbooks read from files; this stands for their hash.
    let organisation: Organisation = {
        var organisation = Organisation.empty
        organisation.playbooksHash = "playbooks-1"
        return organisation
    }()

    /// A journal with `count` commands of a generated outage history (refusals skipped), and its store.
    func journal(_ count: Int, seed: UInt64 = 1, path: String? = nil) throws -> IncidentStore {
        let store = try IncidentStore.create(path: path ?? self.path, kind: .real, organisation: organisation, now: now)
        var generator = History(seed: seed)
        try generator.play(count, on: store, from: now)
        return store
    }

    /// A journal of generated history with incidents taken through to closing, open ones after them.
    func journalWithClosedIncidents() throws -> IncidentStore {
        let store = try journal(100)
        for number in 1...3 {
            let opened = try store.execute(Command(by: "kari", .openIncident(title: "Lukkes \(number)", detectedBy: nil)), now: now)
            let id = try #require(opened.first?.incident)
            for action: Action in [.triage(id, TriageInput(systems: ["epj"], category: "teknisk-svikt", severity: .high, consequence: "Papir")),
                                   .startResponse(id, note: nil), .confirmControl(id, note: "kontroll"), .startRestoration(id, note: nil), .confirmRestored(id, note: "oppe"),
                                   .close(id, summary: "lukket", dismissal: nil, level: nil, unfinishedReason: "test")] {
                try store.execute(Command(by: "kari", action), now: now + 60)
            }
        }
        var generator = History(seed: 7)
        try generator.play(50, on: store, from: now + 120)
        return store
    }

    func full() throws -> IncidentStore { try IncidentStore.open(path: path, operatorName: "kari", organisation: organisation, now: now) }
    func fromSnapshot() throws -> IncidentStore {
        try IncidentStore.openFromSnapshot(path: path, operatorName: "kari", organisation: organisation, now: now)
    }

    /// Runs the check as the console does behind its first frame, and takes it in.
    func checked(_ store: IncidentStore) -> IncidentStore {
        if let check = store.check { store.completeCheck(check.run()) }
        return store
    }

    @Test func aSnapshotPlusTheTailIsTheFullReplayForGeneratedJournals() throws {
        for seed in UInt64(1)...8 {
            let path = directory + "/j\(seed).jsonl"
            let store = try journal(60 + Int(seed) * 17, seed: seed, path: path)
            try store.writeSnapshot()
            var generator = History(seed: seed &+ 100)
            try generator.play(Int(seed) * 11, on: store, from: now + 86_400)
            let resumed = try IncidentStore.openFromSnapshot(path: path, operatorName: "kari", organisation: organisation, now: now)
            let replayed = try IncidentStore.open(path: path, operatorName: "kari", organisation: organisation, now: now)
            #expect(resumed.unchecked != nil, "seed \(seed): the snapshot was not used")
            #expect(resumed.state == replayed.state, "seed \(seed): snapshot + tail differs from the full replay")
            #expect(resumed.timeline.count == replayed.timeline.count - (resumed.unchecked?.seq ?? 0))
            _ = checked(resumed)
            #expect(resumed.unchecked == nil && resumed.damage == nil)
            #expect(resumed.timeline == replayed.timeline, "seed \(seed): the timeline is whole once checked")
            #expect(resumed.state == replayed.state)
        }
    }

    @Test func aResumedStoreWritesOnAndTheNextOpenSeesIt() throws {
        let store = try journal(80)
        try store.writeSnapshot()
        // Nothing after the snapshot: the writer resumes at the snapshot's own line and chains on from it.
        let resumed = try fromSnapshot()
        #expect(resumed.timeline.isEmpty && resumed.seal == store.seal)
        try resumed.execute(Command(by: "kari", .log(nil, text: "etter snapshot")), now: now + 90_000)
        #expect(resumed.seal.seq == store.seal.seq + 1)
        _ = checked(resumed)
        let replayed = try full()
        #expect(replayed.damage == nil && replayed.seal == resumed.seal)
        #expect(replayed.state == resumed.state && replayed.timeline == resumed.timeline)
    }

    @Test func aSnapshotThatNamesALineThatIsNotThereIsNotUsed() throws {
        let store = try journal(50)
        try store.writeSnapshot()
        // Cut the journal back before the snapshot's line: the snapshot names a line that is gone.
        let position = try #require(StateSnapshot.load(journal: path, id: store.header.id, organisation: organisation)?.position)
        try FileHandle(forWritingTo: URL(fileURLWithPath: path)).truncate(atOffset: UInt64(position.start))
        let opened = try fromSnapshot()
        #expect(opened.unchecked == nil, "opened in full instead")
        let replayedState = try full().state
        #expect(opened.state == replayedState)
        #expect(opened.timeline.count == position.seq - 1)
    }

    @Test func aChangedLineBeforeTheSnapshotIsCaughtByTheCheck() throws {
        let store = try journal(50)
        try store.writeSnapshot()
        // Change one character in the third line's text: its hash no longer matches, and the chain breaks there.
        var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        let third = bytes.indices.filter { bytes[$0] == UInt8(ascii: "\n") }[2] + 1
        let text = try #require(bytes[third...].firstIndex(of: UInt8(ascii: "\"")))
        bytes[text + 1] = bytes[text + 1] == UInt8(ascii: "x") ? UInt8(ascii: "y") : UInt8(ascii: "x")
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let opened = try fromSnapshot()
        #expect(opened.unchecked != nil, "the snapshot's own line is intact, so it is used for the first frame")
        #expect(opened.damage == nil)
        _ = checked(opened)
        let damage = try #require(opened.damage, "the check behind the first frame finds the changed line")
        #expect(damage.line == 4 || damage.line == 5)
        let damagedOpen = try full()
        #expect(opened.state == damagedOpen.state && opened.timeline == damagedOpen.timeline,
                "the same as opening the damaged journal: everything before the damage, nothing after")
        #expect(throws: JournalError.self) { try opened.execute(Command(by: "kari", .log(nil, text: "x")), now: now) }
    }

    /// A snapshot is used by the next start of the same program: its identity is the executable's, not that of the
    /// link `/proc/self/exe`, whose time is when this process started.
    @Test func theProgramIsTheExecutableNotTheLinkToIt() throws {
        let executable = try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
        let size = try #require(try FileManager.default.attributesOfItem(atPath: executable)[.size] as? Int)
        #expect(size > 0 && ProgramIdentity.current.hasPrefix("\(size)-"), "\(ProgramIdentity.current)")
        #expect(ProgramIdentity.current == ProgramIdentity.identity(ofExecutable: executable))
    }

    /// The closed incidents are the snapshot's third line, decoded behind the first frame: the state has the open
    /// ones at once, and all of them, in their order, before anything is decided or folded.
    @Test func closedIncidentsArePutBackBehindTheFirstFrame() throws {
        let store = try journalWithClosedIncidents()
        let closed = store.state.incidents.filter { !$0.phase.isOpen }.count
        #expect(closed > 0 && closed < store.state.incidents.count, "the history has open and closed incidents")
        try store.writeSnapshot()
        let opened = try fromSnapshot()
        #expect(!opened.isWhole && opened.state.incidents.count == store.state.incidents.count - closed)
        #expect(opened.state.incidents.allSatisfy { $0.phase.isOpen })
        try opened.execute(Command(by: "kari", .log(nil, text: "etter snapshot")), now: now + 90_000)
        #expect(opened.isWhole && opened.state.incidents == store.state.incidents)
        _ = checked(opened)
        let replayedState = try full().state
        #expect(opened.state == replayedState)
    }

    /// A line after the snapshot may touch a closed incident: the closed incidents are put back before it is folded.
    @Test func aLineAfterTheSnapshotOnAClosedIncidentFindsIt() throws {
        let store = try journalWithClosedIncidents()
        try store.writeSnapshot()
        let closed = try #require(store.state.incidents.last { !$0.phase.isOpen })
        try store.execute(Command(by: "kari", .evaluate(closed.id, lessons: ["Papirrutinene virket"], actions: [])), now: now + 90_000)
        #expect(store.state[closed.id]?.evaluation != nil)
        let opened = try fromSnapshot()
        #expect(opened.isWhole && opened.state == store.state)
    }

    /// A third line that is not the one the header names (a flipped bit, or cut short): the snapshot is not used
    /// after all, and the state comes from the journal before anything is decided.
    @Test(arguments: [false, true]) func aDamagedClosedIncidentLineIsReplacedByTheJournal(cut: Bool) throws {
        let store = try journalWithClosedIncidents()
        try store.writeSnapshot()
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: snapshotPath)))
        let thirdLine = try #require(bytes.indices.filter { bytes[$0] == UInt8(ascii: "\n") }.dropFirst().first) + 1
        if cut { bytes.removeLast(20) } else { bytes[thirdLine + 40] ^= 0x01 }
        try Data(bytes).write(to: URL(fileURLWithPath: snapshotPath))
        let opened = try fromSnapshot()
        #expect(!opened.isWhole, "the header and state line are whole, so the snapshot is opened")
        try opened.execute(Command(by: "kari", .log(nil, text: "etter snapshot")), now: now + 90_000)
        #expect(opened.isWhole && opened.unchecked == nil && opened.damage == nil)
        let replayedState = try full().state
        #expect(opened.state == replayedState)
    }

    @Test func aTornSnapshotIsNotUsed() throws {
        let store = try journal(40)
        try store.writeSnapshot()
        let bytes = try Data(contentsOf: URL(fileURLWithPath: snapshotPath))
        try bytes.prefix(bytes.count / 2).write(to: URL(fileURLWithPath: snapshotPath))
        #expect(StateSnapshot.load(journal: path, id: store.header.id, organisation: organisation) == nil)
        let opened = try fromSnapshot()
        #expect(opened.unchecked == nil && opened.state == store.state)
    }

    @Test func aSnapshotFromAnotherJournalOrOtherPlaybooksIsNotUsed() throws {
        let store = try journal(40)
        try store.writeSnapshot()
        let other = directory + "/annen.jsonl"
        _ = try journal(40, path: other)
        try FileManager.default.copyItem(atPath: snapshotPath, toPath: StateSnapshot.path(forJournal: other))
        let foreign = try IncidentStore.openFromSnapshot(path: other, operatorName: "kari", organisation: organisation, now: now)
        #expect(foreign.unchecked == nil, "another journal's snapshot")

        var changed = organisation
        changed.playbooksHash = "playbooks-2"
        let edited = try IncidentStore.openFromSnapshot(path: path, operatorName: "kari", organisation: changed, now: now)
        #expect(edited.unchecked == nil, "a snapshot folded under other playbooks")
    }

    @Test func aJournalThatGrewInAnotherProcessIsReplayedFromTheSnapshot() throws {
        let store = try journal(40)
        try store.writeSnapshot()
        let other = try full()
        var generator = History(seed: 99)
        try generator.play(40, on: other, from: now + 3600)
        let opened = try fromSnapshot()
        #expect(opened.unchecked?.seq == store.seal.seq)
        #expect(opened.state == other.state)
    }

    @Test func aSnapshotThatDiffersFromTheReplayIsReplacedAndRewritten() throws {
        let store = try journal(60)
        try store.writeSnapshot()
        // A snapshot whose state is wrong but whose header is whole (as a build that folded differently would leave).
        let position = try #require(StateSnapshot.load(journal: path, id: store.header.id, organisation: organisation)?.position)
        var wrong = store.state
        wrong.roles["loggforer"] = "Feil Person"
        try StateSnapshot.write(wrong, at: position, journal: path, id: store.header.id)
        let opened = try fromSnapshot()
        #expect(opened.state.roles["loggforer"] == "Feil Person", "the first frame shows the snapshot")
        _ = checked(opened)
        #expect(opened.state == store.state, "the check puts the replayed state in its place")
        #expect(StateSnapshot.load(journal: path, id: store.header.id, organisation: organisation)?.state == store.state,
                "and writes the snapshot anew")
    }

    @Test func deletingTheSnapshotChangesNothingButSpeed() throws {
        let store = try journal(40)
        try store.writeSnapshot()
        try FileManager.default.removeItem(atPath: snapshotPath)
        let opened = try fromSnapshot()
        #expect(opened.unchecked == nil && opened.state == store.state && opened.timeline == store.timeline)
    }
}

/// A generated outage history: incidents opened, worked and closed, levels, notifications, tasks, log lines and
/// corrections, chosen by a seeded generator; commands Core refuses are skipped.
struct History {
    private var random: UInt64

    init(seed: UInt64) { random = seed &* 0x9E37_79B9_7F4A_7C15 | 1 }

    private mutating func next(_ bound: Int) -> Int {
        random ^= random << 13
        random ^= random >> 7
        random ^= random << 17
        return Int(random % UInt64(bound))
    }

    mutating func play(_ count: Int, on store: IncidentStore, from start: Date) throws {
        for i in 0..<count {
            let at = start + TimeInterval(i * 60)
            let open = store.state.incidents.filter(\.phase.isOpen)
            let incident = open.isEmpty ? nil : open[next(open.count)]
            let action: Action
            switch (next(14), incident) {
            case (0, _), (_, nil): action = .openIncident(title: "Hendelse \(i)", detectedBy: next(2) == 0 ? "ikt-vakt" : nil)
            case (1, let incident?): action = .startResponse(incident.id, note: nil)
            case (2, let incident?): action = .confirmControl(incident.id, note: "kontroll \(i)")
            case (3, let incident?): action = .startRestoration(incident.id, note: nil)
            case (4, let incident?): action = .confirmRestored(incident.id, note: "gjenopprettet")
            case (5, let incident?): action = .close(incident.id, summary: "lukket \(i)", dismissal: nil, level: nil, unfinishedReason: "generert")
            case (6, let incident?):
                action = .requireNotification(incident.id, recipient: "Mottaker \(i)", contact: nil, due: at + 900, mandatory: next(2) == 0)
            case (7, let incident?):
                guard let duty = incident.duties.last else { continue }
                action = .recordCall(incident.id, duty.id, outcome: CallOutcome.allCases[next(CallOutcome.allCases.count)], number: nil, note: nil)
            case (8, let incident?): action = .assignTask(incident.id, title: "Oppgave \(i)", role: "ikt-vakt", due: at + 1800, procedure: nil)
            case (9, let incident?):
                guard let task = incident.tasks.last(where: \.isOpen) else { continue }
                action = .completeTask(incident.id, task.id, note: nil)
            case (10, let incident?): action = .setLevel(ReadinessLevel.allCases[next(4)], reason: "vurdert \(i)", incidents: [incident.id])
            case (11, _): action = .assignRole("loggforer", person: "Person \(next(5))", handoverNote: nil)
            case (12, let incident?): action = .activateFallback(incident.id, FallbackMode.allCases[next(FallbackMode.allCases.count)], procedure: nil)
            case (_, let incident?):
                if next(5) == 0, let last = store.timeline.last {
                    action = .correct(seq: last.seq, incident: incident.id, text: "rettet \(i)", reason: "skrivefeil")
                } else {
                    action = .log(incident.id, text: "Logglinje \(i)")
                }
            }
            do {
                try store.execute(Command(by: next(3) == 0 ? "per" : "kari", action), now: at)
            } catch is Refusal {
                continue
            }
        }
    }
}

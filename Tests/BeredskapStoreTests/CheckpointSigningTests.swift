import BeredskapCore
import BeredskapJournal
import Foundation
import Testing
@testable import BeredskapStore

/// When the store signs checkpoints: at once on a phase change or level decision (the CLI), marked due for an
/// idle moment instead (the console), and hourly while incidents are open; each covering every verified line.
@Suite struct CheckpointSigningTests {
    let directory: String
    let now = Date(timeIntervalSince1970: 1_795_000_000)
    let signing: CheckpointSigning

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("checkpoints-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        signing = CheckpointSigning(signer: NoteSigner(generatingFor: "sykehus-a"), witnessDirectory: directory + "/witness")
    }

    var path: String { directory + "/beredskap.jsonl" }

    func command(_ action: Action) -> Command { Command(by: OperatorName("kari"), action) }

    func signedSizes() throws -> [Int] {
        try CheckpointLog.read(journal: path).entries.compactMap { Checkpoint(text: $0.note.text)?.size }
    }

    @Test func phaseChangesAndLevelDecisionsSignAtOnceAndLogLinesDoNot() throws {
        let store = try IncidentStore.create(path: path, kind: .real, now: now)
        store.checkpointSigning = signing
        let id = try #require(try store.execute(command(.openIncident(title: "EPJ nede", detectedBy: nil)), now: now).first?.incident)
        try store.execute(command(.log(id, text: "Ringte leverandøren")), now: now)
        #expect(try signedSizes() == [2])
        try store.execute(command(.setLevel(.yellow, reason: "EPJ nede", incidents: [id])), now: now)
        let size = store.timeline.last!.seq + 1
        #expect(try signedSizes() == [2, size])
        // Each checkpoint holds for the journal, and the witness is the latest.
        let header = try #require(JournalReader.header(path: path))
        let findings = CheckpointVerification.check(try CheckpointLog.read(journal: path).entries, header: header,
                                                    lines: try JournalLines.read(path: path), trusted: [signing.signer.verifier])
        #expect(findings.map(\.result) == [.holds, .holds])
        #expect(CheckpointWitness.latest(directory: directory + "/witness", journal: header.id).flatMap { Checkpoint(text: $0.text) }?.size == size)
    }

    @Test func theConsoleSignsInIdleMomentsAndHourlyWhileIncidentsAreOpen() throws {
        let store = try IncidentStore.create(path: path, kind: .real, now: now)
        store.checkpointSigning = signing
        store.signsCheckpointsAtOnce = false
        #expect(try store.signCheckpointIfDue(with: signing, now: now) == nil, "nothing open, nothing due")
        let id = try #require(try store.execute(command(.openIncident(title: "EPJ nede", detectedBy: nil)), now: now).first?.incident)
        #expect(try signedSizes().isEmpty, "not on the key press")
        #expect(try store.signCheckpointIfDue(with: signing, now: now)?.size == 2)
        try store.execute(command(.log(id, text: "Ringte leverandøren")), now: now)
        #expect(try store.signCheckpointIfDue(with: signing, now: now + 3599) == nil)
        #expect(try store.signCheckpointIfDue(with: signing, now: now + 3600)?.size == 3)
        #expect(try store.signCheckpointIfDue(with: signing, now: now + 7200) == nil, "nothing new to sign")
        #expect(try signedSizes() == [2, 3])
    }
}

import BeredskapJournal
import Foundation
import Testing

/// Signed checkpoints against real journal files: a rewrite with the chain recomputed verifies as a chain but is
/// caught by an earlier checkpoint, with the first changed seq; removed lines, other keys, other journals and
/// exercise checkpoints are refused; proof files are checked without the journal.
@Suite struct CheckpointVerificationTests {
    let directory = TemporaryDirectory()
    let signer = NoteSigner(generatingFor: "sykehus-a")
    var path: String { directory.file("beredskap.jsonl") }

    /// A real journal with `count` notes.
    func journal(_ count: Int, kind: JournalKind = .real) throws -> JournalHeader {
        let writer = try JournalWriter.create(path: path, kind: kind, created: fixedDate())
        _ = try writer.append((1...count).map { note($0) })
        return writer.header
    }

    /// Signs a checkpoint of the first `size` lines (header included) and appends it to the checkpoints file.
    @discardableResult
    func sign(size: Int, header: JournalHeader, by signer: NoteSigner? = nil,
              origin: CheckpointOrigin? = nil) throws -> CheckpointLog.Entry {
        let tree = try JournalLines.read(path: path).tree(size: size)
        let checkpoint = Checkpoint(origin: origin ?? CheckpointOrigin(installation: "sykehus-a", kind: header.kind, journal: header.id),
                                    size: size, root: tree.root)
        let entry = CheckpointLog.Entry(note: SignedNote(text: checkpoint.text, signedBy: signer ?? self.signer),
                                        subtrees: tree.subtrees(size: size).map(\.hash))
        try CheckpointLog.append(entry, journal: path)
        return entry
    }

    func findings(_ header: JournalHeader, trusted: [NoteVerifier]? = nil) throws -> [CheckpointVerification.Finding] {
        CheckpointVerification.check(try CheckpointLog.read(journal: path).entries, header: header,
                                     lines: try JournalLines.read(path: path), trusted: trusted ?? [signer.verifier])
    }

    @Test func aRewriteWithTheChainRecomputedIsCaughtAtItsFirstSeq() throws {
        let header = try journal(10)
        try sign(size: 7, header: header)
        try sign(size: 11, header: header)
        #expect(try findings(header).map(\.result) == [.holds, .holds])
        Rechain.write(Rechain.rewrite(Rechain.lines(of: path), at: 7) { $0.replacingOccurrences(of: #"{"i":7}"#, with: #"{"i":70}"#) },
                      to: path)
        #expect(try JournalVerifier.verify(path: path).isOK, "the chain alone does not notice")
        let found = try findings(header)
        #expect(found[0].result == .holds)
        #expect(found[1].result == .differs(lines: 0..<8))
        #expect(CheckpointVerification.firstDifference(found) == 7..<8)
    }

    @Test func removedLinesAreCaught() throws {
        let header = try journal(5)
        try sign(size: 6, header: header)
        let lines = Rechain.lines(of: path)
        Rechain.write(Array(lines.prefix(4)), to: path)
        #expect(try JournalVerifier.verify(path: path).isOK)
        #expect(try findings(header).map(\.result) == [.beyondJournal(lines: 4)])
    }

    @Test func aCheckpointSignedByAnotherKeyIsRefused() throws {
        let header = try journal(3)
        let stranger = NoteSigner(generatingFor: "sykehus-a")
        try sign(size: 4, header: header, by: stranger)
        #expect(try findings(header).map(\.result) == [.refused(.untrustedSigner(names: ["sykehus-a"]))])
        #expect(try findings(header, trusted: [signer.verifier, stranger.verifier]).map(\.result) == [.holds])
    }

    @Test func anExerciseCheckpointIsNeverAcceptedForARealJournal() throws {
        let header = try journal(3)
        try sign(size: 4, header: header, origin: CheckpointOrigin(installation: "sykehus-a", kind: .exercise, journal: header.id))
        #expect(try findings(header).map(\.result) == [.refused(.otherKind(.exercise))])
        try sign(size: 4, header: header, origin: CheckpointOrigin(installation: "sykehus-a", kind: .real, journal: UUID()))
        #expect(try findings(header).last?.result == .refused(.otherJournal(origin: try #require(
            Checkpoint(text: try CheckpointLog.read(journal: path).entries.last!.note.text)).origin.text)))
    }

    @Test func anAlteredCheckpointIsRefusedAndATornOneIsReported() throws {
        let header = try journal(3)
        try sign(size: 4, header: header)
        let file = CheckpointLog.path(forJournal: path)
        let text = String(decoding: fileBytes(file), as: UTF8.self)
        writeBytes(Array(text.replacingOccurrences(of: #"\n4\n"#, with: #"\n3\n"#).utf8), to: file)
        #expect(try findings(header).map(\.result) == [.refused(.badSignature(name: "sykehus-a"))])
        writeBytes(Array(text.utf8) + Array(#"{"note":"sykehus"#.utf8), to: file)
        let contents = try CheckpointLog.read(journal: path)
        #expect(contents.entries.count == 1 && contents.unreadable == [2])
    }

    @Test func aProofFileIsCheckedWithoutTheJournalAndTamperingIsRefused() throws {
        let header = try journal(9)
        let entry = try sign(size: 10, header: header)
        let lines = try JournalLines.read(path: path)
        let checkpoint = try #require(Checkpoint(text: entry.note.text))
        let proof = ProofFile(seqs: [2, 3, 9], lines: lines, tree: lines.tree(size: 10), entry: entry, checkpoint: checkpoint)
        let read = try #require(ProofFile.decode(proof.encoded()))
        #expect(read.check(with: signer.verifier).isOK)
        #expect(read.check(with: signer.verifier).proven == [2, 3, 9])
        #expect(read.check(with: NoteSigner(generatingFor: "sykehus-a").verifier).signature == .absent)

        var editedLine = read
        editedLine.lines[1].line = editedLine.lines[1].line.replacingOccurrences(of: #"{"i":3}"#, with: #"{"i":4}"#)
        #expect(editedLine.check(with: signer.verifier).failed.map(\.seq) == [3])
        var rechained = read
        rechained.lines[1].line = Rechain.rewrite([rechained.lines[1].line], at: 0) { $0.replacingOccurrences(of: #"{"i":3}"#, with: #"{"i":4}"#) }[0]
        #expect(rechained.check(with: signer.verifier).failed.map(\.reason) == [.notIncluded])
        var editedProof = read
        editedProof.lines[2].proof[0] = TreeHash.empty.base64
        #expect(editedProof.check(with: signer.verifier).failed.map(\.seq) == [9])
        var otherSeq = read
        otherSeq.lines[0].seq = 4
        #expect(otherSeq.check(with: signer.verifier).failed.map(\.reason) == [.otherSeq(2)])
    }
}

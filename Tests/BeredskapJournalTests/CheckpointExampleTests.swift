import BeredskapJournal
import Foundation
import Testing

/// docs/JOURNAL.md section 13's worked example, byte for byte: the tree of the three example lines, the
/// checkpoint of its key (seed 00 01 … 1f, so anyone can redo it) and the proof of line 2.
@Suite struct CheckpointExampleTests {
    static let signerKey = "PRIVATE+KEY+sykehus-a.example+2aa0c262+AQABAgMEBQYHCAkKCwwNDg8QERITFBUWFxgZGhscHR4f"
    static let verifierKey = "sykehus-a.example+2aa0c262+AQOhB7/zzhC+HXDdGOdLwJln5NYwm6UNXx3chmQSVTG4"
    static let note = """
        sykehus-a.example/beredskap/real/5F1E2D3C-4B5A-4978-8695-A4B3C2D1E0F9
        3
        RA04jMFV42lT+XEyBAxOT7abbHo44dkuL2RbJ4xNvQk=

        — sykehus-a.example KqDCYlA7Li2uKBfkf9fZD+KA2FszNHmfrWj7gunduT/duy0QJI+NIYEbaLkU/TKCWZTpkosHlwR/VxuaQdAL1rK1ogQ=

        """

    @Test func theDocumentedCheckpointIsWhatTheProductSigns() throws {
        let directory = TemporaryDirectory()
        let path = directory.file("beredskap.jsonl")
        _ = try WorkedExample.write(to: path)
        let lines = try JournalLines.read(path: path)
        let tree = lines.tree(size: lines.count)
        #expect(tree.leaf(0).data.map { String(format: "%02x", $0) }.joined()
            == "4390e54013fefdeb6f52204e65a7b24d7e956019b62c1a88ff433d5ae61818cc")
        let signer = try #require(NoteSigner(text: Self.signerKey))
        #expect(signer.verifier.text == Self.verifierKey)
        let checkpoint = Checkpoint(origin: CheckpointOrigin(installation: "sykehus-a.example", kind: .real, journal: WorkedExample.id),
                                    size: 3, root: tree.root)
        #expect(SignedNote(text: checkpoint.text, signedBy: signer).formatted == Self.note)
        #expect(checkpoint.code.description == "2-8G6K-H361-AQHP")
        #expect(tree.inclusionProof(index: 2, size: 3).map(\.base64) == ["NcwS0jRp2DCUKfDuQkcP8Y1Rn+ucQ/3DCpRTayn5i+I="])
    }
}

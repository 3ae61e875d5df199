import BeredskapJournal
import Foundation
import Testing

/// Signed notes and keys against the Go reference (golang.org/x/mod/sumdb/note's documented example) and
/// against openssl, and the key file on disk.
@Suite struct SignedNoteTests {
    /// The example of golang.org/x/mod/sumdb/note: its keys, text and signature.
    static let goSigner = "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz"
    static let goVerifier = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW"
    static let goText = "If you think cryptography is the answer to your problem,\nthen you don't know what your problem is.\n"
    static let goNote = goText + "\n\u{2014} PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n"

    @Test func theGoExampleIsSignedAndReadByteForByte() throws {
        let signer = try #require(NoteSigner(text: Self.goSigner))
        #expect(signer.text == Self.goSigner)
        #expect(signer.verifier.text == Self.goVerifier)
        #expect(signer.verifier.keyIDHex == "c74f20a3")
        #expect(SignedNote(text: Self.goText, signedBy: signer).formatted == Self.goNote)
        let parsed = try #require(SignedNote(parsing: Self.goNote))
        #expect(parsed.text == Self.goText)
        #expect(parsed.check(try #require(NoteVerifier(text: Self.goVerifier))) == .valid)
    }

    @Test func anAlteredNoteOrAnotherKeyIsNotValid() throws {
        let verifier = try #require(NoteVerifier(text: Self.goVerifier))
        let altered = try #require(SignedNote(parsing: Self.goNote.replacingOccurrences(of: "problem,", with: "problem;")))
        #expect(altered.check(verifier) == .invalid)
        #expect(try #require(SignedNote(parsing: Self.goNote)).check(NoteSigner(generatingFor: "PeterNeumann").verifier) == .absent)
        // A verifier key whose ID does not match its name and key is not a key.
        #expect(NoteVerifier(text: Self.goVerifier.replacingOccurrences(of: "c74f20a3", with: "c74f20a4")) == nil)
        #expect(SignedNote(parsing: Self.goText) == nil)
    }

    @Test func aCosignatureIsASecondLineAndBothVerify() throws {
        let first = NoteSigner(generatingFor: "sykehus-a")
        let second = NoteSigner(generatingFor: "krisestabsleder")
        var note = SignedNote(text: "x/beredskap/real/\(UUID().uuidString)\n3\n\(TreeHash.empty.base64)\n", signedBy: first)
        note.add(second)
        note.add(second)
        let parsed = try #require(SignedNote(parsing: note.formatted))
        #expect(parsed.signatures.map(\.name) == ["sykehus-a", "krisestabsleder"])
        #expect(parsed.check(first.verifier) == .valid && parsed.check(second.verifier) == .valid)
    }

    /// The product's signature checked by a tool that shares no code with it: openssl's Ed25519 (`-rawin`).
    @Test func opensslVerifiesTheProductsSignature() throws {
        let directory = TemporaryDirectory()
        let signer = NoteSigner(generatingFor: "sykehus-a")
        let note = SignedNote(text: "sykehus-a/beredskap/real/\(UUID().uuidString)\n42\n\(TreeHash.empty.base64)\n", signedBy: signer)
        // SubjectPublicKeyInfo of an Ed25519 key: a fixed 12-byte DER prefix, then the 32 key bytes.
        let der = Data([0x30, 0x2A, 0x30, 0x05, 0x06, 0x03, 0x2B, 0x65, 0x70, 0x03, 0x21, 0x00] + signer.verifier.publicKey)
        let pem = "-----BEGIN PUBLIC KEY-----\n\(der.base64EncodedString())\n-----END PUBLIC KEY-----\n"
        try Data(pem.utf8).write(to: URL(fileURLWithPath: directory.file("key.pem")))
        try Data(note.text.utf8).write(to: URL(fileURLWithPath: directory.file("note.txt")))
        try Data(note.signatures[0].bytes).write(to: URL(fileURLWithPath: directory.file("note.sig")))
        let verified = try Self.openssl(["pkeyutl", "-verify", "-pubin", "-inkey", directory.file("key.pem"), "-rawin",
                                         "-in", directory.file("note.txt"), "-sigfile", directory.file("note.sig")])
        #expect(verified.status == 0, "\(verified.output)")
        #expect(verified.output.contains("Signature Verified Successfully"))
        try Data(note.text.replacingOccurrences(of: "42", with: "43").utf8).write(to: URL(fileURLWithPath: directory.file("note.txt")))
        let refused = try Self.openssl(["pkeyutl", "-verify", "-pubin", "-inkey", directory.file("key.pem"), "-rawin",
                                        "-in", directory.file("note.txt"), "-sigfile", directory.file("note.sig")])
        #expect(refused.status != 0)
    }

    @Test func theKeyFileIsTheOwnersOnlyAndNeverReplaced() throws {
        let directory = TemporaryDirectory()
        let path = directory.file("config/beredskap/signing.key")
        let signer = try SigningKeyFile.create(path, name: "sykehus-a")
        #expect(fileMode(path) == 0o600)
        #expect(fileMode(directory.file("config/beredskap")) == 0o700)
        #expect(try SigningKeyFile.load(path)?.verifier == signer.verifier)
        #expect(throws: JournalError.alreadyExists(path: path)) { try SigningKeyFile.create(path, name: "sykehus-a") }
        #expect(try SigningKeyFile.load(path)?.verifier == signer.verifier)
    }

    static func openssl(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/openssl")
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }
}

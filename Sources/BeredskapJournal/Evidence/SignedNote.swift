import Foundation

/// A C2SP signed note: a text ending in a newline, a blank line, then one line per signature,
/// `— <key name> base64(key ID || signature)`. The text is what is signed, byte for byte.
public struct SignedNote: Sendable, Equatable {
    /// The signed text, final newline included.
    public let text: String
    public private(set) var signatures: [Signature]

    public struct Signature: Sendable, Equatable {
        public let name: String
        public let keyID: UInt32
        public let bytes: [UInt8]
    }

    /// The note of `text` signed by `signer`. `text` must end with a newline and hold no other control character.
    public init(text: String, signedBy signer: NoteSigner) {
        precondition(SignedNote.isValidText(text), "a note's text ends with a newline and has no control characters")
        self.text = text
        signatures = []
        add(signer)
    }

    /// Adds `signer`'s signature (a cosignature when the note is already signed); a key that signed already is
    /// not added twice.
    public mutating func add(_ signer: NoteSigner) {
        guard !signatures.contains(where: { $0.name == signer.name && $0.keyID == signer.verifier.keyID }) else { return }
        signatures.append(Signature(name: signer.name, keyID: signer.verifier.keyID,
                                    bytes: signer.signature(of: Array(text.utf8))))
    }

    /// Parses a note; nil when it is not one (no blank line before the signatures, a malformed signature line,
    /// no signature, a control character, or the first line empty).
    public init?(parsing note: String) {
        guard note.hasSuffix("\n"), note.unicodeScalars.allSatisfy({ $0 == "\n" || $0.value >= 0x20 && $0.value != 0x7F }),
              let split = note.range(of: "\n\n", options: .backwards)
        else { return nil }
        let text = String(note[..<split.lowerBound]) + "\n"
        var signatures: [Signature] = []
        for line in note[split.upperBound...].split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
            let parts = line.split(separator: " ", omittingEmptySubsequences: false)
            guard parts.count == 3, parts[0] == "\u{2014}", NoteVerifier.isValidName(String(parts[1])),
                  let raw = Data(base64Encoded: String(parts[2])), raw.count > 4
            else { return nil }
            let id = raw.prefix(4).reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
            signatures.append(Signature(name: String(parts[1]), keyID: id, bytes: Array(raw.dropFirst(4))))
        }
        guard !signatures.isEmpty, Self.isValidText(text) else { return nil }
        self.text = text
        self.signatures = signatures
    }

    /// The note as written: text, blank line, signature lines.
    public var formatted: String {
        text + "\n" + signatures.map { signature in
            let raw = withUnsafeBytes(of: signature.keyID.bigEndian) { Array($0) } + signature.bytes
            return "\u{2014} \(signature.name) \(Data(raw).base64EncodedString())\n"
        }.joined()
    }

    /// Whether `verifier` signed this note: `.valid` when its signature verifies, `.invalid` when a signature
    /// with its name and key ID is there but does not verify, `.absent` when it did not sign.
    public func check(_ verifier: NoteVerifier) -> SignatureCheck {
        let own = signatures.filter { $0.name == verifier.name && $0.keyID == verifier.keyID }
        guard !own.isEmpty else { return .absent }
        let message = Array(text.utf8)
        return own.allSatisfy { verifier.isValidSignature($0.bytes, of: message) } ? .valid : .invalid
    }

    public enum SignatureCheck: Sendable, Equatable {
        case valid
        case invalid
        case absent
    }

    static func isValidText(_ text: String) -> Bool {
        text.hasSuffix("\n") && !text.hasPrefix("\n") && !text.contains("\n\n")
            && text.unicodeScalars.allSatisfy { $0 == "\n" || $0.value >= 0x20 && $0.value != 0x7F }
    }
}

import Crypto
import Foundation

/// The public half of an Ed25519 signed-note key (C2SP signed-note): a name, the 4-byte key ID and the key.
/// Its text form, the verifier key, is `<name>+<key ID as 8 hex digits>+<base64(0x01 || public key)>`.
public struct NoteVerifier: Sendable, Equatable {
    public let name: String
    public let keyID: UInt32
    public let publicKey: [UInt8]

    /// The verifier of `publicKey` (32 bytes) under `name`.
    public init(name: String, publicKey: [UInt8]) {
        self.name = name
        self.publicKey = publicKey
        keyID = Self.keyID(name: name, publicKey: publicKey)
    }

    /// Parses a verifier key; nil when it is not one (wrong parts, not Ed25519, or an ID that does not match).
    public init?(text: String) {
        // The base64 part may itself hold `+`.
        let parts = text.trimmingCharacters(in: .whitespacesAndNewlines)
            .split(separator: "+", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3, NoteVerifier.isValidName(String(parts[0])), parts[1].count == 8,
              let id = UInt32(parts[1], radix: 16), let key = Data(base64Encoded: String(parts[2])),
              key.count == 33, key.first == NoteVerifier.ed25519
        else { return nil }
        self.init(name: String(parts[0]), publicKey: Array(key.dropFirst()))
        guard keyID == id else { return nil }
    }

    /// `<name>+<key ID>+<base64(0x01 || public key)>`.
    public var text: String {
        "\(name)+\(keyIDHex)+\(Data([Self.ed25519] + publicKey).base64EncodedString())"
    }

    /// The key ID as 8 lowercase hex digits: the short fingerprint printed on paper.
    public var keyIDHex: String { String(format: "%08x", keyID) }

    /// SHA-256 of the 32-byte public key in base64 (as `ssh-keygen -l` shows keys): the long fingerprint.
    public var fingerprint: String {
        "SHA256:" + Data(SHA256.hash(data: publicKey)).base64EncodedString().replacingOccurrences(of: "=", with: "")
    }

    /// True when `signature` is this key's Ed25519 signature of `message`.
    public func isValidSignature(_ signature: [UInt8], of message: [UInt8]) -> Bool {
        guard let key = try? Curve25519.Signing.PublicKey(rawRepresentation: publicKey) else { return false }
        return key.isValidSignature(signature, for: message)
    }

    /// The signature type byte of Ed25519 in signed notes.
    static let ed25519: UInt8 = 0x01

    /// SHA-256(name || 0x0A || 0x01 || public key)[:4], big-endian.
    static func keyID(name: String, publicKey: [UInt8]) -> UInt32 {
        let digest = Array(SHA256.hash(data: Array(name.utf8) + [0x0A, ed25519] + publicKey))
        return digest[0..<4].reduce(0) { $0 << 8 | UInt32($1) }
    }

    /// A key name: not empty, no spaces (Unicode white space), no `+`, no control characters.
    public static func isValidName(_ name: String) -> Bool {
        !name.isEmpty && name.unicodeScalars.allSatisfy {
            !$0.properties.isWhitespace && $0 != "+" && $0.value >= 0x20 && $0.value != 0x7F
        }
    }
}

/// The private half: signs notes. Its text form (the key file's contents) is
/// `PRIVATE+KEY+<name>+<key ID>+<base64(0x01 || 32-byte seed)>`, as Go's golang.org/x/mod/sumdb/note writes it.
public struct NoteSigner: Sendable {
    public let verifier: NoteVerifier
    /// The 32-byte Ed25519 seed (the key itself is not Sendable, so it is made when signing).
    private let seed: [UInt8]

    /// A new random key named `name`.
    public init(generatingFor name: String) {
        let key = Curve25519.Signing.PrivateKey()
        seed = Array(key.rawRepresentation)
        verifier = NoteVerifier(name: name, publicKey: Array(key.publicKey.rawRepresentation))
    }

    /// Parses the key file's text; nil when it is not a signer key.
    public init?(text: String) {
        let parts = text.trimmingCharacters(in: .whitespacesAndNewlines)
            .split(separator: "+", maxSplits: 4, omittingEmptySubsequences: false)
        guard parts.count == 5, parts[0] == "PRIVATE", parts[1] == "KEY", NoteVerifier.isValidName(String(parts[2])),
              let id = UInt32(parts[3], radix: 16), let seed = Data(base64Encoded: String(parts[4])),
              seed.count == 33, seed.first == NoteVerifier.ed25519,
              let key = try? Curve25519.Signing.PrivateKey(rawRepresentation: seed.dropFirst())
        else { return nil }
        self.seed = Array(key.rawRepresentation)
        verifier = NoteVerifier(name: String(parts[2]), publicKey: Array(key.publicKey.rawRepresentation))
        guard verifier.keyID == id else { return nil }
    }

    public var name: String { verifier.name }

    /// `PRIVATE+KEY+<name>+<key ID>+<base64(0x01 || seed)>`.
    public var text: String {
        "PRIVATE+KEY+\(name)+\(verifier.keyIDHex)+\(Data([NoteVerifier.ed25519] + seed).base64EncodedString())"
    }

    /// The Ed25519 signature of `message`.
    public func signature(of message: [UInt8]) -> [UInt8] {
        // Signing only fails for a malformed key, which the initialisers rule out.
        Array(try! Curve25519.Signing.PrivateKey(rawRepresentation: seed).signature(for: message))
    }
}

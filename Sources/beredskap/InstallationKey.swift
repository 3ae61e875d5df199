import BeredskapJournal
import BeredskapCore
import BeredskapStore
import Foundation

/// The installation's signing key for checkpoints, under the configuration directory: made at `init` and on first
/// need, never in the journal's folder.
enum InstallationKey {
    static var location: EvidenceLocation { .standard() }

    /// The key, made now when there is none. `journalDirectory` is the journal folder it must not lie in.
    static func signer(journalDirectory: String) throws -> NoteSigner {
        let location = location
        guard !location.keyIsInside(journalDirectory: journalDirectory) else {
            throw CommandFailure(message: "Signeringsnøkkelen (\(location.keyPath)) ville ligget i journalmappen "
                + "\(journalDirectory); den skal aldri ligge der. Sett XDG_CONFIG_HOME til en mappe utenfor journalmappen.")
        }
        if FileManager.default.fileExists(atPath: location.keyPath) { return try load(location.keyPath) }
        return try SigningKeyFile.create(location.keyPath, name: defaultName)
    }

    /// The key in `path`, with a Norwegian error when it cannot be read or is not a key.
    static func load(_ path: String) throws -> NoteSigner {
        guard let signer = try SigningKeyFile.load(path) else {
            throw CommandFailure(message: "\(path) er ikke en signeringsnøkkel (PRIVATE+KEY+…). Lag en med `beredskap key new FIL --name NAVN`.")
        }
        return signer
    }

    /// How the store signs checkpoints of the journal of `global`.
    static func signing(for global: GlobalOptions) throws -> CheckpointSigning {
        CheckpointSigning(signer: try signer(journalDirectory: global.location.directory),
                          witnessDirectory: location.witnessDirectory)
    }

    /// The installation's public key, when it has one (nothing is made).
    static var verifier: NoteVerifier? {
        (try? SigningKeyFile.load(location.keyPath))??.verifier
    }

    /// A verifier key given as text or as a file holding it.
    static func verifier(_ argument: String) throws -> NoteVerifier {
        if let verifier = NoteVerifier(text: argument) { return verifier }
        if let data = FileManager.default.contents(atPath: argument),
           let verifier = NoteVerifier(text: String(decoding: data, as: UTF8.self)) { return verifier }
        throw CommandFailure(message: "«\(InertText.make(argument))» er verken en offentlig nøkkel (NAVN+ID+NØKKEL) eller en fil "
            + "med en; skriv den ut med `beredskap key export`.")
    }

    /// The installation's name: $BEREDSKAP_INSTALLATION, else the host name, as a key name (no spaces or `+`).
    static var defaultName: String {
        let given = ProcessInfo.processInfo.environment["BEREDSKAP_INSTALLATION"].flatMap { $0.isEmpty ? nil : $0 }
        let name = given ?? ProcessInfo.processInfo.hostName
        let cleaned = String(name.unicodeScalars.map {
            $0.properties.isWhitespace || $0 == "+" || $0 == "/" || $0.value < 0x20 ? "-" : Character($0)
        })
        return cleaned.isEmpty ? "beredskap" : cleaned
    }
}

import Foundation

/// Where the installation's evidence lives: the configuration directory (`$XDG_CONFIG_HOME/beredskap`, else
/// `~/.config/beredskap`), apart from the journals' folder.
public struct EvidenceLocation: Sendable, Equatable {
    public var directory: String

    public init(directory: String) { self.directory = directory }

    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) -> EvidenceLocation {
        EvidenceLocation(directory: XDGBaseDirectory.beredskap("XDG_CONFIG_HOME", else: ".config", environment: environment))
    }

    /// The installation's private signing key (0600).
    public var keyPath: String { directory + "/signing.key" }

    /// The latest checkpoint signed here, per journal.
    public var witnessDirectory: String { directory + "/checkpoints" }

    /// True when the key would lie in the journal's folder (or below it), where it must never be.
    public func keyIsInside(journalDirectory: String) -> Bool {
        let folder = URL(fileURLWithPath: journalDirectory).standardizedFileURL.path
        let key = URL(fileURLWithPath: keyPath).standardizedFileURL.path
        return key.hasPrefix(folder.hasSuffix("/") ? folder : folder + "/")
    }
}

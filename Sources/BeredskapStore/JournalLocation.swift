import Foundation

/// Where journals live: one directory (0700, or 2770 shared by a group) with the real journal and, apart from it, one file per exercise,
/// so an exercise can never write to the real journal.
public struct JournalLocation: Sendable, Equatable {
    public var directory: String

    public init(directory: String) { self.directory = directory }

    /// The host's shared journal directory, made by `beredskap setup --shared` (group `beredskap`, mode 2770).
    public static let shared = "/var/lib/beredskap"

    /// The host's shared directory when it exists (several staff on one host write one journal), else one
    /// person's `$XDG_DATA_HOME/beredskap`, else `~/.local/share/beredskap`.
    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment,
                                shared: String = JournalLocation.shared) -> JournalLocation {
        var directory: ObjCBool = false
        if FileManager.default.fileExists(atPath: shared, isDirectory: &directory), directory.boolValue {
            return JournalLocation(directory: shared)
        }
        return personal(environment: environment)
    }

    /// One person's journal directory: `$XDG_DATA_HOME/beredskap`, else `~/.local/share/beredskap`.
    public static func personal(environment: [String: String] = ProcessInfo.processInfo.environment) -> JournalLocation {
        JournalLocation(directory: XDGBaseDirectory.beredskap("XDG_DATA_HOME", else: ".local/share", environment: environment))
    }

    /// The real journal.
    public var realPath: String { directory + "/beredskap.jsonl" }

    public static func isValidExerciseName(_ name: String) -> Bool {
        !name.isEmpty && name.count <= 64 && name.unicodeScalars.allSatisfy {
            CharacterSet.alphanumerics.contains($0) && $0.isASCII || $0 == "-" || $0 == "_"
        }
    }
}

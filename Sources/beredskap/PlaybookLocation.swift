import Foundation

/// Where the playbooks are when `--playbooks` does not say: `$BEREDSKAP_PLAYBOOKS`, else the first of
/// `./Playbooks` (a source tree, or a directory kept beside the journal), `$XDG_CONFIG_HOME/beredskap/playbooks`
/// (one person's organisation) and `/etc/beredskap/playbooks` (the host's) that exists; else `./Playbooks`,
/// which the loader then reports missing.
enum PlaybookLocation {
    /// The host's organisation, as an installed package expects it.
    static let system = "/etc/beredskap/playbooks"

    static func standard(environment: [String: String] = ProcessInfo.processInfo.environment,
                         exists: (String) -> Bool = PlaybookLocation.isDirectory) -> String {
        if let explicit = environment["BEREDSKAP_PLAYBOOKS"], !explicit.isEmpty { return explicit }
        return searched(environment: environment).first(where: exists) ?? "Playbooks"
    }

    /// The places looked in, in order, after `$BEREDSKAP_PLAYBOOKS`.
    static func searched(environment: [String: String] = ProcessInfo.processInfo.environment) -> [String] {
        ["Playbooks", configHome(environment) + "/beredskap/playbooks", system]
    }

    /// `$XDG_CONFIG_HOME`, else `~/.config`.
    static func configHome(_ environment: [String: String]) -> String {
        if let xdg = environment["XDG_CONFIG_HOME"], !xdg.isEmpty { return xdg }
        return (environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()) + "/.config"
    }

    static func isDirectory(_ path: String) -> Bool {
        var directory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &directory) && directory.boolValue
    }
}

import Foundation

/// Where the playbooks are when no option says: `$BEREDSKAP_PLAYBOOKS`, else `./Playbooks`.
enum PlaybookLocation {
    static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        environment["BEREDSKAP_PLAYBOOKS"].flatMap { $0.isEmpty ? nil : $0 } ?? "Playbooks"
    }
}

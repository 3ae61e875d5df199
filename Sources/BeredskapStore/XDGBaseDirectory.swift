import Foundation

/// The XDG base directories Beredskap keeps its folders in.
enum XDGBaseDirectory {
    /// `$<variable>/beredskap` when the variable is set and not empty, else `$HOME/<fallback>/beredskap` (the home
    /// directory from the account when HOME is unset).
    static func beredskap(_ variable: String, else fallback: String, environment: [String: String]) -> String {
        if let base = environment[variable], !base.isEmpty { return base + "/beredskap" }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return "\(home)/\(fallback)/beredskap"
    }
}

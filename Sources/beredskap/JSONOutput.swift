import Foundation

/// JSON for scripts, written one way by every command that takes `--json`.
enum JSONOutput {
    /// Prints the value pretty, with sorted keys and ISO 8601 dates.
    static func print(_ value: some Encodable) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        let json = try encoder.encode(value)
        beredskap.print(String(decoding: json, as: UTF8.self))
    }
}

import Foundation

/// Who approved something, and on which day: a system's max outage time in the register (factsheet 1e), an avvik
/// measure (Normen 5.8.1). `by` is a role title, as written in the playbooks or typed by the person recording it.
public struct Approval: Codable, Sendable, Equatable {
    public var by: String
    public var on: Date

    public init(by: String, on: Date) {
        self.by = by
        self.on = on
    }
}

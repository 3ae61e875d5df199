import BeredskapJSON
import Foundation

/// A record to be appended: everything but the chain (`seq`, `prev`, `h`), which the writer assigns.
public struct RecordDraft: Sendable {
    /// When the record is registered (typed in). Stored at millisecond precision, floored.
    public var registered: Date
    /// When it happened, for late entries; nil when that is the registration time.
    public var occurred: Date?
    /// Who registered it. Must not be empty.
    public var operatorName: String
    /// The incident the record belongs to, if any.
    public var incident: String?
    /// What kind of record this is; opaque to the journal. Must not be empty, and the prefix `journal.` is
    /// reserved for records the journal writes itself.
    public var type: String
    /// The payload, opaque to the journal.
    public var data: JSONObject

    public init(registered: Date, occurred: Date? = nil, operatorName: String, incident: String? = nil,
                type: String, data: JSONObject) {
        self.registered = registered
        self.occurred = occurred
        self.operatorName = operatorName
        self.incident = incident
        self.type = type
        self.data = data
    }
}

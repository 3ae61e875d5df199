import BeredskapJSON
import Foundation

/// One event record as stored in the journal, verified: its hash matched its bytes and its `prev` the line before.
public struct Record: Sendable, Equatable {
    /// Position in the journal: 1 for the first record after the header, then +1 per line.
    public let seq: Int
    /// The hash of the line before.
    public let prev: LineHash
    /// This line's hash.
    public let hash: LineHash
    /// When the record was registered (millisecond precision).
    public let registered: Date
    /// When it happened, if that was given separately (a late entry).
    public let occurred: Date?
    /// Who registered it: the name typed or configured (who was at the keyboard).
    public let operatorName: String
    /// The operating-system account that wrote the line; nil in lines written before the journal recorded it.
    public let account: String?
    public let incident: String?
    public let type: String
    public let data: JSONObject

    public init(seq: Int, prev: LineHash, hash: LineHash, registered: Date, occurred: Date?,
                operatorName: String, account: String? = nil, incident: String?, type: String, data: JSONObject) {
        self.seq = seq
        self.prev = prev
        self.hash = hash
        self.registered = registered
        self.occurred = occurred
        self.operatorName = operatorName
        self.account = account
        self.incident = incident
        self.type = type
        self.data = data
    }

    /// The seal of this line.
    public var seal: Seal { Seal(seq: seq, hash: hash) }
}

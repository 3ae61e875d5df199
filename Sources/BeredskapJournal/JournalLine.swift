/// What a journal's lines are read into: the verified ``Record`` itself, or a value made from it on the worker
/// thread that verified the line, while its bytes and record are still in that core's cache (the store decodes
/// each line's event there, so reading and decoding are one parallel pass).
public protocol JournalLine: Sendable {
    /// Made once per verified line, on whichever thread verified it.
    init(_ record: Record)
    var record: Record { get }
}

extension Record: JournalLine {
    public init(_ record: Record) { self = record }
    public var record: Record { self }
}

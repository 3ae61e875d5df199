/// What a page says it is: a document id with its version and content hash (shown short).
public struct DocumentMark: Sendable, Equatable {
    public var id: String
    public var version: String
    public var contentHash: String

    public init(id: String, version: String, contentHash: String) {
        self.id = id
        self.version = version
        self.contentHash = contentHash
    }

    /// `epj-uten-is · versjon 2026.1 · sjekksum 3fa09c1e2b4d`
    public var line: String {
        var parts = [id]
        if !version.isEmpty { parts.append("versjon \(version)") }
        if !contentHash.isEmpty { parts.append("sjekksum \(contentHash.prefix(12))") }
        return parts.joined(separator: " · ")
    }
}

import BeredskapCore

/// The Region screen's own state: the feed it shows, the selected hospital, and whether Enter opened that
/// hospital over the whole body.
public struct RegionState: Sendable {
    public var feed: RegionFeed
    /// The selected hospital, for the list of journals it was chosen in.
    public var cursor = ListCursor<[String]>()
    public var showsDetail = false

    public init(feed: RegionFeed) { self.feed = feed }

    /// The hospitals at the highest level first (what the regional staff looks for), by name within a level.
    var hospitals: [RegionPicture.Hospital] {
        (feed.picture?.hospitals ?? []).sorted { ($0.level ?? .normal, $1.hospital) > ($1.level ?? .normal, $0.hospital) }
    }
    var journals: [String] { hospitals.map(\.journal) }
    var selectedRow: Int { cursor.row(for: journals) }
    var selected: RegionPicture.Hospital? { hospitals.indices.contains(selectedRow) ? hospitals[selectedRow] : nil }

    mutating func move(by step: Int) { cursor.move(by: step, count: hospitals.count, for: journals) }
}

/// Whether a journal records a real incident or a tabletop exercise. Exercise journals are separate files.
public enum JournalKind: String, Sendable, Codable {
    case real
    case exercise
}

import Foundation

/// The latest checkpoint this machine signed for a journal, kept apart from the journal's folder (under the
/// configuration directory, `<directory>/<journal id>.checkpoint`), so that a checkpoints file deleted or cut
/// short beside the journal is noticed: `verify` finds the witness's checkpoint missing from it. Whoever can
/// write both places can remove both; only paper, a cosigner or the regional copy witness that.
public enum CheckpointWitness {
    public static func path(directory: String, journal: UUID) -> String { "\(directory)/\(journal.uuidString).checkpoint" }

    /// Replaces the witness of `journal` with `note` (atomically, 0600).
    public static func record(_ note: SignedNote, directory: String, journal: UUID, io: FileIO = SystemFileIO()) throws {
        do {
            try Directory.create(directory, io: io)
        } catch {
            throw JournalError(error, path: directory)
        }
        try AtomicFile.replace(path(directory: directory, journal: journal), with: Array(note.formatted.utf8), io: io)
    }

    /// The witness of `journal`, if there is a readable one.
    public static func latest(directory: String, journal: UUID, io: FileIO = SystemFileIO()) -> SignedNote? {
        AtomicFile.contents(of: path(directory: directory, journal: journal), io: io)
            .flatMap { SignedNote(parsing: String(decoding: $0, as: UTF8.self)) }
    }
}

/// Whether other accounts on the machine can read a journal. A journal is 0600 for one person and 0660 in a
/// shared group directory; a file every account can read (a copy made with `cp`, a hand-made `chmod 644`) shows
/// who did what during an outage to anyone logged in, so it is told as a warning whenever the journal is opened.
public enum JournalExposure {
    /// The journal's permissions when every account may read it; nil when it is private to its owner (and group),
    /// or cannot be examined (opening the journal then says why).
    public static func worldReadable(path: String, io: FileIO = SystemFileIO()) -> FilePermissions? {
        guard let status = try? io.status(path: path), status.permissions.contains(.othersRead) else { return nil }
        return status.permissions
    }
}

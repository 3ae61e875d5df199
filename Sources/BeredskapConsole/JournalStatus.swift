/// Whether what is typed can be saved, as the header tells it.
public enum JournalStatus: Hashable, Sendable {
    case saved
    case readOnly
    case diskFull
    /// Writing stopped for another reason; the message line says which.
    case failed

    /// The Norwegian word in the header.
    public var word: String {
        switch self {
        case .saved: "lagret"
        case .readOnly: "skrivebeskyttet"
        case .diskFull: "disk full"
        case .failed: "lagring feilet"
        }
    }
}

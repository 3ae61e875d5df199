/// The operating-system account a journal writer runs as: written into every line it appends (`acct`, see
/// docs/JOURNAL.md section 6). It comes from the process's real user id, never from a flag or the environment,
/// so the operator name typed at the keyboard can be told apart from the login that wrote the line.
enum SystemAccount {
    /// The login name, or `uid <n>` when the user database has none (or the name is not a plain label).
    static let current: String = {
        let (uid, name) = Platform.account()
        if let name, !name.isEmpty, !name.containsControlCharacter {
            return name
        }
        return "uid \(uid)"
    }()
}

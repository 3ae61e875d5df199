/// What the terminal reports while the loop waits.
public enum InputEvent: Hashable, Sendable {
    case key(Key)
    case resize
    /// Nothing within the poll interval: time to look for other terminals' entries.
    case timeout
    /// Input closed (an SSH drop, a closed pipe): exit cleanly; everything is already saved.
    case endOfInput
}

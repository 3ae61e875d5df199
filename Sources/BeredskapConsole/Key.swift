/// A key press, as the backend reports it.
public enum Key: Hashable, Sendable {
    case character(Character)
    case enter
    case escape
    case backspace
    case tab
    case up
    case down
    case pageUp
    case pageDown
}

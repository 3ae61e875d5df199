/// Why a printout could not be produced, worded for the person at the keyboard.
public enum PaperError: Error, Equatable, CustomStringConvertible {
    case cannotWrite(path: String, reason: String)

    public var description: String {
        switch self {
        case .cannotWrite(let path, let reason): "Kunne ikke skrive \(path): \(reason)."
        }
    }
}

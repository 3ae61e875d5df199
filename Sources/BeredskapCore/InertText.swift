/// Text typed by people or read from files is data, never commands: control characters are shown as
/// visible symbols so a log line cannot clear a screen, move a cursor or break a line in a report.
public enum InertText {
    /// Replaces C0/C1 control characters and DEL with visible stand-ins (`␛` for ESC, `␊` for a line break,
    /// `�` for the rest) and bidirectional overrides with `�`, leaving all other text as it is.
    public static func make(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            guard isControl(scalar) else {
                scalars.append(scalar)
                continue
            }
            switch scalar.value {
            case 0x1B: scalars.append("\u{241B}")
            case 0x0A, 0x0D: scalars.append("\u{240A}")
            case 0x09: scalars.append(" ")
            default: scalars.append("\u{FFFD}")
            }
        }
        return String(scalars)
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}

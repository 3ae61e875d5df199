import BeredskapCore
import Foundation

/// Every piece of text the CLI writes goes through here, whatever its source (playbooks, the journal, arguments
/// echoed back, error messages): control characters are made inert the way the console shows them
/// (`InertText.make`), so a YAML value or a log line cannot set the window title, write the clipboard (OSC 52)
/// or move the cursor. Line breaks between lines stay; a carriage return only where it ends a line (CSV's CRLF).
enum Terminal {
    /// Writes a line (or several) to standard error.
    static func error(_ text: String) {
        FileHandle.standardError.write(Data((inert(text) + "\n").utf8))
    }

    /// The text with every control character inert except the line breaks between its lines.
    static func inert(_ text: String) -> String {
        // By scalars: as Characters, CSV's "\r\n" is one grapheme and would not split at "\n".
        text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            let crlf = line.last == "\r"
            return InertText.make(String(String.UnicodeScalarView(crlf ? line.dropLast() : line[...]))) + (crlf ? "\r" : "")
        }.joined(separator: "\n")
    }
}

/// Shadows `Swift.print` for the whole executable, so no command can write raw text to standard output by
/// forgetting a call.
func print(_ items: Any..., separator: String = " ", terminator: String = "\n") {
    Swift.print(Terminal.inert(items.map { "\($0)" }.joined(separator: separator)), terminator: Terminal.inert(terminator))
}

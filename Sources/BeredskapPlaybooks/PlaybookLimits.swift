import Foundation
import Yams

/// How big a playbook file and what is in it may be. A mistake (a pasted log, a whole phone book exported into
/// one file, a value run together with the rest of the file) is refused with its place, instead of taking
/// minutes and gigabytes to lint and to print. docs/PLAYBOOKS.md section 5 lists the numbers.
enum PlaybookLimits {
    /// 2 MiB: about ten thousand contacts; the demo organisation's largest file is 22 kB.
    static let fileBytes = 2 * 1024 * 1024
    /// Characters in one value: a procedure step or a description of some pages.
    static let valueCharacters = 10_000
    /// Entries in one list or mapping.
    static let listItems = 5_000

    /// `2 MiB`, `50,5 MiB`: a size in binary megabytes with a decimal comma where it is not whole.
    static func mebibytes(_ bytes: Int) -> String {
        let tenths = (bytes * 10 + 512 * 1024) / (1024 * 1024)
        return tenths % 10 == 0 ? "\(tenths / 10) MiB" : "\(tenths / 10),\(tenths % 10) MiB"
    }

    /// The first value or list beyond the limits, in document order, with where it starts.
    static func firstExcess(in node: Node) -> (message: String, hint: String, mark: Mark?)? {
        switch node {
        case .scalar(let scalar):
            let count = scalar.string.count
            guard count > valueCharacters else { return nil }
            return ("verdien er for lang: \(count) tegn (grensen er \(valueCharacters))",
                    "del teksten opp, eller sjekk at et anførselstegn ikke mangler så resten av filen ble med", scalar.mark)
        case .mapping(let mapping):
            if mapping.count > listItems {
                return ("mappingen har for mange nøkler: \(mapping.count) (grensen er \(listItems))",
                        "del innholdet opp i flere filer eller oppføringer", mapping.mark)
            }
            for (key, value) in mapping {
                if let excess = firstExcess(in: key) ?? firstExcess(in: value) { return excess }
            }
            return nil
        case .sequence(let sequence):
            if sequence.count > listItems {
                return ("listen har for mange elementer: \(sequence.count) (grensen er \(listItems))",
                        "del listen opp, eller fjern oppføringer som ikke hører hjemme i playbooks", sequence.mark)
            }
            return sequence.lazy.compactMap(firstExcess).first
        case .alias:
            return nil
        }
    }

    /// Line and column (1-based, in characters) of the first byte that is not valid UTF-8, or nil when all are.
    static func firstInvalidUTF8(in bytes: Data) -> (line: Int, column: Int)? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var line = 1, column = 1
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                if encoded.count == 1, encoded.first == UInt8(ascii: "\n") {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            case .emptyInput: return nil
            case .error: return (line, column)
            }
        }
    }
}

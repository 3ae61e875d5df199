/// A short, human-copyable form of one line's hash, for writing on paper: `<seq>-XXXX-XXXX-XXXX`.
///
/// The 12 characters are the first 60 bits of the line's hash in Crockford base32. A printed report carries the
/// seal of the journal's head, so the paper witnesses the digital log: a journal rewritten after the report was
/// printed no longer matches it. See docs/JOURNAL.md, "The seal".
public struct Seal: Sendable, Equatable, CustomStringConvertible {
    /// The seq of the sealed line (0 for the header).
    public let seq: Int
    /// The first 60 bits of the sealed line's hash.
    let bits: UInt64

    /// The seal of the line `seq` whose hash is `hash`.
    public init(seq: Int, hash: LineHash) {
        self.seq = seq
        self.bits = hash.w0 >> 4
    }

    /// The short form of a checkpoint whose last line is `seq` and whose tree root is `root` (see ``Checkpoint/code``):
    /// the same 60-bit code, taken from the root.
    public init(seq: Int, root: TreeHash) {
        self.seq = seq
        self.bits = root.firstWord >> 4
    }

    /// Reads a seal as a person may have copied it: case-insensitive, spaces and hyphens ignored, `O` read as `0`
    /// and `I`/`L` as `1` (Crockford's confusables), `U` refused. The seq is the digits before the first hyphen
    /// when the seal begins that way, otherwise all but the last 12 characters. Returns nil for anything else.
    public init?(parsing text: String) {
        let compact = Array(text.unicodeScalars.filter { $0 != " " })
        let seqDigits: ArraySlice<Unicode.Scalar>
        let code: [Unicode.Scalar]
        if let dash = compact.firstIndex(of: "-"), dash > 0, compact[..<dash].allSatisfy(Self.isDigit) {
            seqDigits = compact[..<dash]
            code = compact[dash...].filter { $0 != "-" }
        } else {
            let characters = compact.filter { $0 != "-" }
            seqDigits = characters.dropLast(12)
            code = Array(characters.suffix(12))
        }
        guard code.count == 12, !seqDigits.isEmpty, seqDigits.allSatisfy(Self.isDigit),
              let seq = Int(String(String.UnicodeScalarView(seqDigits)))
        else { return nil }
        var bits: UInt64 = 0
        for scalar in code {
            guard let value = Self.crockfordValue(scalar) else { return nil }
            bits = bits << 5 | UInt64(value)
        }
        self.seq = seq
        self.bits = bits
    }

    /// True when `hash` begins with the 60 bits this seal was made from.
    public func matches(_ hash: LineHash) -> Bool {
        hash.w0 >> 4 == bits
    }

    /// True when `root` begins with the 60 bits of this code.
    public func matches(_ root: TreeHash) -> Bool {
        root.firstWord >> 4 == bits
    }

    /// `<seq>-XXXX-XXXX-XXXX`.
    public var description: String {
        var text = "\(seq)"
        for i in 0..<12 {
            if i % 4 == 0 { text.append("-") }
            let value = Int(bits >> UInt64(55 - 5 * i) & 0x1F)
            text.append(Self.alphabet[value])
        }
        return text
    }

    private static let alphabet: [Character] = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ")

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

    private static func crockfordValue(_ scalar: Unicode.Scalar) -> Int? {
        guard scalar.isASCII else { return nil }
        let upper = Character(scalar.properties.uppercaseMapping)
        switch upper {
        case "O": return 0
        case "I", "L": return 1
        default: return alphabet.firstIndex(of: upper)
        }
    }
}

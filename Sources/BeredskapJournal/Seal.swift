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

    /// Reads a seal as a person may have copied it: case-insensitive, spaces ignored, `O` read as `0` and
    /// `I`/`L` as `1` (Crockford's confusables). Returns nil for anything else.
    public init?(parsing text: String) {
        let compact = text.unicodeScalars.filter { $0 != " " }
        guard let dash = compact.firstIndex(of: "-") else { return nil }
        let seqText = String(String.UnicodeScalarView(compact[..<dash]))
        guard !seqText.isEmpty, seqText.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) }),
              let seq = Int(seqText) else { return nil }
        var bits: UInt64 = 0
        var count = 0
        for scalar in compact[compact.index(after: dash)...] where scalar != "-" {
            guard let value = Self.crockfordValue(scalar) else { return nil }
            bits = bits << 5 | UInt64(value)
            count += 1
            if count > 12 { return nil }
        }
        guard count == 12 else { return nil }
        self.seq = seq
        self.bits = bits
    }

    /// True when `hash` begins with the 60 bits this seal was made from.
    public func matches(_ hash: LineHash) -> Bool {
        hash.w0 >> 4 == bits
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

import Crypto

/// The SHA-256 of one journal line's hashed bytes (see docs/JOURNAL.md), stored inline as four big-endian words.
///
/// Comparing and copying a hash never touches the heap, which matters when a million lines are verified.
public struct LineHash: Hashable, Sendable, CustomStringConvertible {
    /// The first 8 bytes of the digest as a big-endian integer; ``Seal`` takes its top 60 bits from here.
    let w0: UInt64
    let w1: UInt64
    let w2: UInt64
    let w3: UInt64

    init(w0: UInt64, w1: UInt64, w2: UInt64, w3: UInt64) {
        (self.w0, self.w1, self.w2, self.w3) = (w0, w1, w2, w3)
    }

    /// 32 zero bytes: the `prev` of the header line.
    public static let zero = LineHash(w0: 0, w1: 0, w2: 0, w3: 0)

    /// The SHA-256 of `bytes`, hashed in place.
    init(hashing bytes: UnsafeRawBufferPointer) {
        var hasher = SHA256()
        hasher.update(bufferPointer: bytes)
        let digest = hasher.finalize()
        self = digest.withUnsafeBytes { raw in
            LineHash(w0: Self.word(raw, 0), w1: Self.word(raw, 8), w2: Self.word(raw, 16), w3: Self.word(raw, 24))
        }
    }

    /// Parses 64 hexadecimal digits, either case.
    public init?(hex: some StringProtocol) {
        var utf8 = Array(hex.utf8)
        guard utf8.count == 64 else { return nil }
        for i in utf8.indices where (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(utf8[i]) { utf8[i] |= 0x20 }
        guard let hash = utf8.withUnsafeBytes({ LineHash(lowercaseHex: $0) }) else { return nil }
        self = hash
    }

    /// Parses exactly 64 lowercase hexadecimal digits, the only form the journal stores.
    init?(lowercaseHex bytes: UnsafeRawBufferPointer) {
        guard bytes.count == 64 else { return nil }
        var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        for w in 0..<4 {
            var word: UInt64 = 0
            for i in 0..<16 {
                guard let nibble = Self.nibble(bytes[w * 16 + i]) else { return nil }
                word = word << 4 | UInt64(nibble)
            }
            switch w {
            case 0: words.0 = word
            case 1: words.1 = word
            case 2: words.2 = word
            default: words.3 = word
            }
        }
        self.init(w0: words.0, w1: words.1, w2: words.2, w3: words.3)
    }

    /// 64 lowercase hexadecimal digits.
    public var hex: String {
        String(decoding: hexBytes, as: UTF8.self)
    }

    /// ``hex`` as ASCII bytes, for writing lines.
    var hexBytes: [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(64)
        for word in [w0, w1, w2, w3] {
            for shift in stride(from: 60, through: 0, by: -4) {
                out.append(Self.digits[Int(word >> UInt64(shift) & 0xF)])
            }
        }
        return out
    }

    public var description: String { hex }

    private static let digits: [UInt8] = Array("0123456789abcdef".utf8)

    private static func nibble(_ c: UInt8) -> UInt8? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): c &- UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): c &- UInt8(ascii: "a") &+ 10
        default: nil
        }
    }

    private static func word(_ raw: UnsafeRawBufferPointer, _ offset: Int) -> UInt64 {
        UInt64(bigEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }
}

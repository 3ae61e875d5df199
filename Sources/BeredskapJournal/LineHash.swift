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
        // Every line holds two of these, so this is written for speed: no optionals or tables in the loop, and
        // one check at the end (an invalid digit sets a bit above the nibble).
        var invalid: UInt8 = 0
        func word(_ start: Int) -> UInt64 {
            var word: UInt64 = 0
            for i in start..<start + 16 {
                let nibble = Self.nibble(bytes[i])
                invalid |= nibble
                word = word << 4 | UInt64(nibble & 0xF)
            }
            return word
        }
        let (w0, w1, w2, w3) = (word(0), word(16), word(32), word(48))
        guard invalid & 0xF0 == 0 else { return nil }
        self.init(w0: w0, w1: w1, w2: w2, w3: w3)
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

    /// The value of a lowercase hex digit, or 0xF0 for any other byte.
    @inline(__always)
    private static func nibble(_ c: UInt8) -> UInt8 {
        let digit = c &- UInt8(ascii: "0")
        if digit < 10 { return digit }
        let letter = c &- UInt8(ascii: "a")
        return letter < 6 ? letter &+ 10 : 0xF0
    }

    private static func word(_ raw: UnsafeRawBufferPointer, _ offset: Int) -> UInt64 {
        UInt64(bigEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }
}

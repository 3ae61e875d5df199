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
    public init(hashing bytes: UnsafeRawBufferPointer) {
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
        // Every line read holds two of these, so eight digits are decoded at a time (see `eightDigits`).
        var valid = true
        func word(_ offset: Int) -> UInt64 {
            let high = Self.eightDigits(bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self), &valid)
            let low = Self.eightDigits(bytes.loadUnaligned(fromByteOffset: offset + 8, as: UInt64.self), &valid)
            return UInt64(high) << 32 | UInt64(low)
        }
        let (w0, w1, w2, w3) = (word(0), word(16), word(32), word(48))
        guard valid else { return nil }
        self.init(w0: w0, w1: w1, w2: w2, w3: w3)
    }

    /// Decodes eight lowercase hex digits held in one word (first digit in the lowest byte, as loaded from memory
    /// on a little-endian machine) into their 32-bit value, with the classic byte-parallel tricks; clears `valid`
    /// if any byte is not `0`-`9` or `a`-`f`.
    @inline(__always)
    private static func eightDigits(_ loaded: UInt64, _ valid: inout Bool) -> UInt32 {
        let x = UInt64(littleEndian: loaded)
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high: UInt64 = 0x8080_8080_8080_8080
        // For bytes below 0x80, b + (0x80 - lo) sets the top bit iff b >= lo, b + (0x7F - hi) iff b > hi.
        let digit = (x &+ ones &* (0x80 - 0x30)) & ~(x &+ ones &* (0x7F - 0x39))
        let letter = (x &+ ones &* (0x80 - 0x61)) & ~(x &+ ones &* (0x7F - 0x66))
        if x & high != 0 || (digit | letter) & high != high { valid = false }
        // '0'-'9' -> low nibble; 'a'-'f' (bit 6 set) -> low nibble + 9.
        let nibbles = (x & (ones &* 0x0F)) &+ ((x >> 6) & ones) &* 9
        // Pair nibbles into bytes, bytes into 16-bit and then 32-bit groups; the first digit ends up highest.
        let bytePairs = ((nibbles & 0x000F_000F_000F_000F) << 4) | ((nibbles >> 8) & 0x000F_000F_000F_000F)
        let shorts = (bytePairs | (bytePairs >> 8)) & 0x0000_FFFF_0000_FFFF
        let packed = UInt32(truncatingIfNeeded: shorts | (shorts >> 16))
        return packed.byteSwapped
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

    private static func word(_ raw: UnsafeRawBufferPointer, _ offset: Int) -> UInt64 {
        UInt64(bigEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }
}

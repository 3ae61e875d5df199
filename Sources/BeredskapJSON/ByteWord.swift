/// Eight-bytes-at-a-time tests for the string scanners of the reader and writer, which spend most of their time
/// looking for the few bytes that need attention. Built on the bit tricks for finding a zero byte or a byte below
/// a bound in a word (https://graphics.stanford.edu/~seander/bithacks.html#ZeroInWord).
///
/// A mask has the top bit set in each marked byte, the first byte in memory lowest. A byte just above a marked
/// one may be marked falsely (a borrow runs on), but the lowest mark is always exact, also in masks or-ed
/// together; `firstMarked` reads only that one.
enum ByteWord {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// The eight bytes at `offset`, which must all lie inside `buffer`.
    static func load(_ buffer: UnsafeRawBufferPointer, at offset: Int) -> UInt64 {
        UInt64(littleEndian: buffer.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }

    /// Marks the bytes equal to `byte`.
    static func marking(_ byte: UInt8, in word: UInt64) -> UInt64 {
        let zeroWhereEqual = word ^ (ones &* UInt64(byte))
        return (zeroWhereEqual &- ones) & ~zeroWhereEqual & highBits
    }

    /// Marks the bytes below `bound`, which must be at most 0x80.
    static func markingBelow(_ bound: UInt8, in word: UInt64) -> UInt64 {
        (word &- ones &* UInt64(bound)) & ~word & highBits
    }

    /// Marks the bytes that are not ASCII.
    static func markingNonASCII(in word: UInt64) -> UInt64 {
        word & highBits
    }

    /// The offset of the first marked byte in a non-zero mask.
    static func firstMarked(_ mask: UInt64) -> Int {
        mask.trailingZeroBitCount / 8
    }
}

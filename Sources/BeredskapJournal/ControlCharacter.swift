extension Unicode.Scalar {
    /// Unicode category Cc: U+0000-U+001F and U+007F-U+009F, a set Unicode keeps fixed. Compared by value: asking
    /// the scalar's properties looks each one up in the Unicode tables, which cost a tenth of reading a journal.
    var isControlCharacter: Bool { value < 0x20 || (0x7F...0x9F).contains(value) }
}

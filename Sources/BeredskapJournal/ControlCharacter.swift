extension String {
    /// Whether the text holds a character of Unicode category Cc: U+0000-U+001F and U+007F-U+009F, a set Unicode
    /// keeps fixed. Read from the UTF-8 bytes, where U+0080-U+009F is 0xC2 followed by 0x80-0x9F: decoding scalars,
    /// let alone asking their properties in the Unicode tables, cost a tenth of reading a journal.
    var containsControlCharacter: Bool {
        var text = self
        return text.withUTF8 { bytes in
            var previous: UInt8 = 0
            for byte in bytes {
                if byte < 0x20 || byte == 0x7F || (previous == 0xC2 && byte <= 0x9F) { return true }
                previous = byte
            }
            return false
        }
    }
}

extension JournalHeader {
    /// Decodes the header line at the start of `bytes`; returns it and its length, newline included.
    static func decode(_ bytes: [UInt8], path: String) throws(JournalError) -> (JournalHeader, Int) {
        let prefix = LineFormat.headerPrefix
        guard bytes.count >= prefix.count, bytes[..<prefix.count].elementsEqual(prefix) else {
            throw .notAJournal(path: path)
        }
        guard let newline = bytes.firstIndex(of: LineFormat.newline) else {
            let damage = JournalDamage(seq: 0, line: 1, reason: "the header line is incomplete")
            throw .damagedHeader(path: path, damage: damage)
        }
        let decoded = bytes.withUnsafeBytes { LineDecoder.header(UnsafeRawBufferPointer(rebasing: $0[..<newline])) }
        let header: JournalHeader
        switch decoded {
        case .success(let value):
            header = value
        case .failure(let fault):
            if let version = fault.unsupportedVersion { throw .unsupportedVersion(path: path, version: version) }
            throw .damagedHeader(path: path, damage: JournalDamage(seq: 0, line: 1, reason: fault.reason))
        }
        return (header, newline + 1)
    }
}

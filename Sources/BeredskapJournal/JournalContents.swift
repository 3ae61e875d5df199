/// A whole journal file decoded: its header, then every record that verifies, up to the first damage.
struct JournalContents<Line: JournalLine> {
    let header: JournalHeader
    /// Bytes of the header line, newline included.
    let headerLength: Int
    /// The records after the header; its offsets count from the end of the header line.
    let scan: ScanResult<Line>

    /// The byte offset just after the last verified line.
    var endOffset: Int { headerLength + scan.goodLength }

    /// Decodes `bytes`, the whole file at `path` (named in errors), or the part of it up to a line boundary.
    static func decode(_ bytes: [UInt8], path: String, as _: Line.Type) throws(JournalError) -> JournalContents {
        let (header, headerLength) = try JournalHeader.decode(bytes, path: path)
        let scan = bytes.withUnsafeBytes {
            LineScanner.scan(UnsafeRawBufferPointer(rebasing: $0[headerLength...]), head: header.hash, headSeq: 0,
                             firstLine: 2, as: Line.self)
        }
        return JournalContents(header: header, headerLength: headerLength, scan: scan)
    }
}

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

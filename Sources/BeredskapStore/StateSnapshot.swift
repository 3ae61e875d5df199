import BeredskapCore
import BeredskapJSON
import BeredskapJournal
import Foundation

/// The folded state of a journal up to one line, kept beside the journal as a cache so that the console can draw
/// before it has read years of journal (docs/JOURNAL.md, "Snapshots"). Never trusted: it is used only for the
/// journal, playbooks and program it was made by, only when the journal still has its line at its bytes, and the
/// console checks it against a full replay behind the first frame. Deleting it changes nothing but speed.
///
/// The file is three lines: a header (JSON) naming all of that and the SHA-256 of the other two lines; the state
/// without its closed incidents (JSON, `State`'s `Codable` form); and the closed incidents with their places (a JSON
/// array of `PlacedIncident`), which are most of a long journal's state and are decoded behind the first frame.
public struct StateSnapshot: Sendable {
    /// The journal line the state covers.
    public let position: JournalPosition
    /// The state at the position, without its closed incidents until they are put back (``ClosedIncidents``).
    public internal(set) var state: State
    /// The closed incidents, still as the snapshot's third line.
    let closed: ClosedIncidents

    static let format = "beredskap-snapshot"
    static let version: Int64 = 2

    /// Where the snapshot of the journal at `journal` is kept.
    public static func path(forJournal journal: String) -> String { journal + ".snapshot" }

    /// The snapshot beside `journal`, if there is one made for this journal and these playbooks by this program,
    /// whole as far as its header and state line go; nil otherwise (a missing, torn, foreign or stale snapshot is
    /// simply not used). The third line is checked when it is decoded.
    static func load(journal: String, id: UUID, organisation: Organisation) -> StateSnapshot? {
        let newline = UInt8(ascii: "\n"), file = path(forJournal: journal)
        guard !organisation.playbooksHash.isEmpty, let start = AtomicFile.contents(of: file, from: 0, to: 1 << 16),
              let first = start.firstIndex(of: newline), case .object(let header)? = try? JSONReader.parse(start[..<first]),
              let stateBytes = header["stateBytes"]?.intValue.map(Int.init), stateBytes >= 0
        else { return nil }
        // The state line and its newline, from what was read or read now; the closed incidents after it are read
        // on the thread that decodes them.
        let (bodyStart, bodyEnd) = (first + 1, first + 1 + stateBytes)
        guard let line = bodyEnd < start.count ? Array(start[bodyStart...bodyEnd]) : AtomicFile.contents(of: file, from: bodyStart, to: bodyEnd + 1),
              line.count == stateBytes + 1, line.last == newline
        else { return nil }
        let body = line.dropLast()
        guard header["format"]?.stringValue == format, header["version"]?.intValue == version,
              header["journal"]?.stringValue == id.uuidString.lowercased(),
              header["playbooks"]?.stringValue == organisation.playbooksHash,
              header["program"]?.stringValue == ProgramIdentity.current,
              header["state"]?.stringValue == body.withUnsafeBytes({ LineHash(hashing: $0).hex }),
              let closedHash = header["closed"]?.stringValue.flatMap({ LineHash(hex: $0) }),
              let seq = header["seq"]?.intValue, let start = header["start"]?.intValue, let end = header["end"]?.intValue,
              let hash = header["hash"]?.stringValue.flatMap({ LineHash(hex: $0) }),
              let value = try? JSONReader.parse(body), let decoded = try? JSONValueDecoder().decode(State.self, from: value)
        else { return nil }
        return StateSnapshot(position: JournalPosition(seq: Int(seq), hash: hash, start: Int(start), end: Int(end)),
                             state: State(restoring: decoded, organisation: organisation),
                             closed: ClosedIncidents(file: file, offset: bodyEnd + 1, hash: closedHash))
    }

    /// Replaces the snapshot beside `journal` with `state` at `position` (see ``AtomicFile``).
    static func write(_ state: State, at position: JournalPosition, journal: String, id: UUID) throws {
        let (rest, closed) = state.closedApart
        let body = JSONWriter.bytes(try JSONValueEncoder().encode(rest))
        let closedLine = JSONWriter.bytes(try JSONValueEncoder().encode(closed))
        let header: JSONValue = [
            "format": .string(format), "version": .int(version), "journal": .string(id.uuidString.lowercased()),
            "seq": .int(Int64(position.seq)), "hash": .string(position.hash.hex),
            "start": .int(Int64(position.start)), "end": .int(Int64(position.end)),
            "playbooks": .string(state.organisation.playbooksHash), "program": .string(ProgramIdentity.current),
            "state": .string(body.withUnsafeBytes { LineHash(hashing: $0).hex }),
            "closed": .string(closedLine.withUnsafeBytes { LineHash(hashing: $0).hex }), "stateBytes": .int(Int64(body.count)),
        ]
        var bytes = JSONWriter.bytes(header)
        for line in [body, closedLine] {
            bytes.append(UInt8(ascii: "\n"))
            bytes.append(contentsOf: line)
        }
        bytes.append(UInt8(ascii: "\n"))
        try AtomicFile.replace(path(forJournal: journal), with: bytes)
    }
}

/// A snapshot's closed incidents: where its third line is, and their decoding.
struct ClosedIncidents: Sendable {
    let file: String
    /// Where the third line begins.
    let offset: Int
    let hash: LineHash

    /// Reads the line and returns the incidents with their places; nil when the line is not the one the header
    /// names (the file changed since, or was cut) or does not decode.
    func decode() -> [PlacedIncident]? {
        guard var line = AtomicFile.contents(of: file, from: offset), line.popLast() == UInt8(ascii: "\n"),
              line.withUnsafeBytes({ LineHash(hashing: $0) }) == hash, let value = try? JSONReader.parse(line)
        else { return nil }
        return try? JSONValueDecoder().decode([PlacedIncident].self, from: value)
    }
}

/// Which build of Beredskap is running, as far as a snapshot needs to know: another build may fold the same events
/// into another state, so a snapshot made by one is not used by another. The executable's size and modification
/// time: cheap to read, and they change with every build and installation.
enum ProgramIdentity {
    static let current: String = identity(ofExecutable: "/proc/self/exe")

    /// `stat`, which follows the link `/proc/self/exe` to the executable (the link itself has size 0 and the
    /// process's start time, which would make every process a program of its own).
    static func identity(ofExecutable path: String) -> String {
        var status = stat()
        guard stat(path, &status) == 0 else { return "unknown" }
        return "\(status.st_size)-\(Int64(status.st_mtim.tv_sec) * 1000 + Int64(status.st_mtim.tv_nsec) / 1_000_000)"
    }
}

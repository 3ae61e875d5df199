import BeredskapCore
import BeredskapJSON
import Foundation

/// The hendelseslogg in the formats people take it away in. Free text is always made inert; CSV cells that
/// a spreadsheet would read as a formula are prefixed with an apostrophe.
public enum TimelineExport {
    public enum Format: String, CaseIterable, Sendable { case text, json, md, csv }

    public static func render(_ entries: [TimelineEntry], as format: Format, timeZone: TimeZone = .current) -> String {
        switch format {
        case .text: entries.map { text($0, timeZone) }.joined(separator: "\n")
        case .json: json(entries)
        case .md: markdown(entries, timeZone)
        case .csv: csv(entries, timeZone)
        }
    }

    private static func when(_ entry: TimelineEntry, _ timeZone: TimeZone) -> String {
        let registered = Timestamps.local(entry.record.registered, timeZone: timeZone)
        guard let occurred = entry.record.occurred else { return registered }
        return "\(Timestamps.local(occurred, timeZone: timeZone)) (registrert \(registered))"
    }

    private static func text(_ entry: TimelineEntry, _ timeZone: TimeZone) -> String {
        let incident = entry.incident.map { "\($0) " } ?? ""
        return "#\(entry.seq)  \(when(entry, timeZone))  \(InertText.make(entry.record.operatorName))  \(incident)\(entry.summary)"
    }

    private static func markdown(_ entries: [TimelineEntry], _ timeZone: TimeZone) -> String {
        func cell(_ s: String) -> String { s.replacingOccurrences(of: "|", with: "\\|") }
        var lines = ["| Nr. | Tid | Operatør | Hendelse | Registrering |", "|---:|---|---|---|---|"]
        for entry in entries {
            lines.append("| \(entry.seq) | \(cell(when(entry, timeZone))) | \(cell(InertText.make(entry.record.operatorName))) | "
                + "\(entry.incident?.rawValue ?? "") | \(cell(entry.summary)) |")
        }
        return lines.joined(separator: "\n")
    }

    private static func csv(_ entries: [TimelineEntry], _ timeZone: TimeZone) -> String {
        func cell(_ s: String) -> String {
            var value = InertText.make(s)
            if let first = value.unicodeScalars.first, "=+-@".unicodeScalars.contains(first) { value = "'" + value }
            return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        var lines = ["nr,registrert,inntruffet,operatør,hendelse,type,registrering"]
        for entry in entries {
            let record = entry.record
            lines.append([String(entry.seq), Timestamp.format(record.registered), record.occurred.map(Timestamp.format) ?? "",
                          record.operatorName, record.incident ?? "", record.type, entry.summary].map(cell).joined(separator: ","))
        }
        return lines.joined(separator: "\r\n")
    }

    /// One JSON object per entry with the record's envelope, its type, the Norwegian summary and the payload.
    private static func json(_ entries: [TimelineEntry]) -> String {
        var array: [JSONValue] = []
        for entry in entries {
            let record = entry.record
            var object = JSONObject()
            object.append("seq", .int(Int64(entry.seq)))
            object.append("registered", .string(Timestamp.format(record.registered)))
            if let occurred = record.occurred { object.append("occurred", .string(Timestamp.format(occurred))) }
            object.append("operator", .string(record.operatorName))
            if let incident = record.incident { object.append("incident", .string(incident)) }
            object.append("type", .string(record.type))
            object.append("summary", .string(entry.summary))
            object.append("data", .object(record.data))
            object.append("hash", .string(record.hash.hex))
            array.append(.object(object))
        }
        return String(decoding: JSONWriter.bytes(.array(array)), as: UTF8.self)
    }
}

import BeredskapCore
import BeredskapJSON
import Foundation

/// The hendelseslogg in the formats people take it away in. Free text is always made inert; CSV cells that
/// a spreadsheet would read as a formula are prefixed with an apostrophe.
public enum TimelineExport {
    public enum Format: String, CaseIterable, Sendable { case text, json, md, csv }

    /// The entries in `format`, with times on the organisation's wall clock and names as it has them.
    public static func render(_ entries: [TimelineEntry], as format: Format, organisation: Organisation) -> String {
        switch format {
        case .text: entries.map { text($0, organisation) }.joined(separator: "\n")
        case .json: json(entries, organisation)
        case .md: markdown(entries, organisation)
        case .csv: csv(entries, organisation)
        }
    }

    private static func when(_ entry: TimelineEntry, _ organisation: Organisation) -> String {
        let timeZone = organisation.timeZone
        let registered = Timestamps.local(entry.record.registered, timeZone: timeZone)
        guard let occurred = entry.record.occurred else { return registered }
        return "\(Timestamps.local(occurred, timeZone: timeZone)) (registrert \(registered))"
    }

    private static func text(_ entry: TimelineEntry, _ organisation: Organisation) -> String {
        let incident = entry.incident.map { "\($0) " } ?? ""
        return "#\(entry.seq)  \(when(entry, organisation))  \(entry.registeredBy)  \(incident)\(entry.summary(in: organisation))"
    }

    private static func markdown(_ entries: [TimelineEntry], _ organisation: Organisation) -> String {
        func cell(_ s: String) -> String { s.replacingOccurrences(of: "|", with: "\\|") }
        var lines = ["| Nr. | Tid | Operatør | Hendelse | Registrering |", "|---:|---|---|---|---|"]
        for entry in entries {
            lines.append("| \(entry.seq) | \(cell(when(entry, organisation))) | \(cell(entry.registeredBy)) | "
                + "\(entry.incident?.rawValue ?? "") | \(cell(entry.summary(in: organisation))) |")
        }
        return lines.joined(separator: "\n")
    }

    private static func csv(_ entries: [TimelineEntry], _ organisation: Organisation) -> String {
        var lines = ["nr,registrert,inntruffet,operatør,konto,hendelse,type,registrering"]
        for entry in entries {
            let record = entry.record
            lines.append([String(entry.seq), Timestamp.format(record.registered), record.occurred.map(Timestamp.format) ?? "",
                          record.operatorName, record.account ?? "", record.incident ?? "", record.type, entry.summary(in: organisation)].map(CSVCell.quoted).joined(separator: ","))
        }
        return lines.joined(separator: "\r\n")
    }

    /// One JSON object per entry with the record's envelope, its type, the Norwegian summary and the payload.
    private static func json(_ entries: [TimelineEntry], _ organisation: Organisation) -> String {
        var array: [JSONValue] = []
        for entry in entries {
            let record = entry.record
            var object = JSONObject()
            object.append("seq", .int(Int64(entry.seq)))
            object.append("registered", .string(Timestamp.format(record.registered)))
            if let occurred = record.occurred { object.append("occurred", .string(Timestamp.format(occurred))) }
            object.append("operator", .string(record.operatorName))
            if let account = record.account { object.append("account", .string(account)) }
            if let incident = record.incident { object.append("incident", .string(incident)) }
            object.append("type", .string(record.type))
            object.append("summary", .string(entry.summary(in: organisation)))
            object.append("data", .object(record.data))
            object.append("hash", .string(record.hash.hex))
            array.append(.object(object))
        }
        return String(decoding: JSONWriter.bytes(.array(array)), as: UTF8.self)
    }
}

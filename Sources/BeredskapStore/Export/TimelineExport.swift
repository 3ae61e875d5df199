import BeredskapCore
import BeredskapJSON
import BeredskapJournal
import Foundation

/// The hendelseslogg in the formats people take it away in. Free text is always made inert (and escaped in
/// Markdown); CSV cells that
/// a spreadsheet would read as a formula are prefixed with an apostrophe.
public enum TimelineExport {
    public enum Format: String, CaseIterable, Sendable { case text, json, md, csv }

    /// Where a damaged journal stops, and what the reader of an export is told about it (`message`, in the words
    /// of the user interface).
    public struct Damage: Sendable {
        public var damage: JournalDamage
        public var message: String

        public init(_ damage: JournalDamage, message: String) {
            self.damage = damage
            self.message = message
        }
    }

    /// The entries in `format`, with times on the organisation's wall clock and names as it has them. A damaged
    /// journal's export ends with where the damage is, in the format's own form, so a copy never looks complete.
    public static func render(_ entries: [TimelineEntry], as format: Format, organisation: Organisation,
                              damage: Damage? = nil) -> String
    {
        switch format {
        case .text: (entries.map { text($0, organisation) } + (damage.map { ["SKADE: \($0.message)"] } ?? [])).joined(separator: "\n")
        case .json: json(entries, organisation, damage)
        case .md: markdown(entries, organisation) + (damage.map { "\n\n> **SKADE:** " + MarkdownText.escape($0.message) } ?? "")
        case .csv: csv(entries, organisation, damage)
        }
    }

    /// The `type` of the closing row or object that marks where a damaged journal stops.
    public static let damageType = "journal.damaged"

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
        var lines = ["| Nr. | Tid | Operatør | Hendelse | Registrering |", "|---:|---|---|---|---|"]
        for entry in entries {
            let cells = [when(entry, organisation), entry.registeredBy, entry.incident?.rawValue ?? "", entry.summary(in: organisation)]
            lines.append("| \(entry.seq) | " + cells.map(MarkdownText.escape).joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n")
    }

    private static func csv(_ entries: [TimelineEntry], _ organisation: Organisation, _ damage: Damage?) -> String {
        var lines = ["nr,registrert,inntruffet,operatør,konto,hendelse,type,registrering"]
        for entry in entries {
            let record = entry.record
            lines.append([String(entry.seq), Timestamp.format(record.registered), record.occurred.map(Timestamp.format) ?? "",
                          record.operatorName, record.account ?? "", record.incident ?? "", record.type, entry.summary(in: organisation)].map(CSVCell.quoted).joined(separator: ","))
        }
        if let damage {
            lines.append([damage.damage.seq.map(String.init) ?? "", "", "", "", "", "", damageType, "SKADE: " + damage.message]
                .map(CSVCell.quoted).joined(separator: ","))
        }
        return lines.joined(separator: "\r\n")
    }

    /// One JSON object per entry with the record's envelope, its type, the Norwegian summary and the payload.
    private static func json(_ entries: [TimelineEntry], _ organisation: Organisation, _ damage: Damage?) -> String {
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
        if let damage {
            // Last, in the entries' own shape, so a program reading the array meets it where the entries stop.
            var object = JSONObject()
            if let seq = damage.damage.seq { object.append("seq", .int(Int64(seq))) }
            object.append("line", .int(Int64(damage.damage.line)))
            object.append("type", .string(damageType))
            object.append("summary", .string(damage.message))
            object.append("reason", .string(damage.damage.reason))
            array.append(.object(object))
        }
        return String(decoding: JSONWriter.bytes(.array(array)), as: UTF8.self)
    }
}

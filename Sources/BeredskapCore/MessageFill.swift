import Foundation

extension MessageTemplate {
    /// The placeholders a template may use. The set is closed, and none of them can carry health data: they are
    /// filled from the organisation, the incident's id, title, start, systems and level, and what the sender types
    /// for the next update and the contact number.
    public static let placeholders = ["virksomhet", "hendelse", "tittel", "start", "nivå", "systemer", "neste_melding", "kontakt"]

    /// The text with every placeholder filled. Unknown values are left visible as `[...]` for the sender to fill.
    public func fill(incident: Incident, organisation: Organisation, level: ReadinessLevel, nextUpdate: Date?, contact: String?,
                     systemNames: [String]) -> String {
        let values: [String: String] = [
            "virksomhet": organisation.name,
            "hendelse": incident.id.rawValue,
            "tittel": incident.title,
            "start": Timestamps.local(incident.detectedAt, timeZone: organisation.timeZone),
            "nivå": level.name,
            "systemer": systemNames.isEmpty ? "[berørte systemer]" : systemNames.joined(separator: ", "),
            "neste_melding": nextUpdate.map { Timestamps.local($0, timeZone: organisation.timeZone) } ?? "[tidspunkt for neste melding]",
            "kontakt": contact ?? "[kontaktnummer]",
        ]
        var text = self.text
        for (name, value) in values { text = text.replacingOccurrences(of: "{\(name)}", with: value) }
        return text
    }
}

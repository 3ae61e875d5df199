import BeredskapCore
import Foundation

/// Meldinger: drafted from the organisation's templates, their [bracketed] gaps filled one by one, approved
/// by the krisestab lead, then marked sent with the channel.
extension ConsoleModel {
    func selectedMessage() throws(NotNow) -> (Incident, IncidentMessage) {
        let incident = try requireIncident()
        guard let message = incident.messages.dropFirst(messages.row(for: incident.id)).first else {
            throw NotNow("Ingen melding er valgt; + lager et utkast.")
        }
        return (incident, message)
    }

    func draftMessageDialog() throws(NotNow) -> Dialog {
        let incident = try requireIncident()
        let organisation = state.organisation
        guard !organisation.templates.isEmpty else { throw NotNow("Ingen meldingsmaler er definert i maler.yaml.") }
        let (level, now, calendar) = (state.level, now, calendar)
        let systems = (incident.triage?.systems ?? []).map { organisation.system($0)?.name ?? $0.rawValue }
        let chosen = Question.choice("Hvilken mal?", organisation.templates, key: \.id.rawValue) { "\($0.title) (\($0.audience.rawValue))" }
        let recipientsField = Question.text("Mottakere (gruppe eller instans, aldri en pasient): ")
        let next = Question.optionalText("Neste melding kl. (14:30; tomt om ukjent): ")
        let contactField = Question.optionalText("Kontaktnummer for spørsmål (tomt om ukjent): ")
        return Dialog("Ny melding for \(incident.id)", [chosen, recipientsField, next, contactField], preview: { answers in
            answers[chosen].map {
                [$0.fill(incident: incident, organisation: organisation, level: level, nextUpdate: nil, contact: nil, systemNames: systems)]
            } ?? []
        }) { answers throws(DialogProblem) in
            let nextUpdate = try AnswerParsing.deadline(next, in: answers, now: now, calendar: calendar)
            guard let template = answers[chosen] else { throw DialogProblem(chosen, "Velg en mal.") }
            let (recipients, contact) = (answers[recipientsField], answers[contactField])
            let filled = template.fill(incident: incident, organisation: organisation, level: level, nextUpdate: nextUpdate,
                                       contact: contact, systemNames: systems)
            let draft: @Sendable (String?) -> Action = { text in
                .draftMessage(incident.id, template: template.id, recipients: recipients, nextUpdate: nextUpdate, contact: contact, text: text)
            }
            let gaps = Self.gaps(in: filled)
            guard !gaps.isEmpty else { return .execute(draft(nil), occurred: nil) }
            return .next(Self.gapDialog(filled, gaps: gaps, draft: draft))
        }
    }

    /// The `[...]` parts a template leaves for the sender, in order, each once.
    static func gaps(in text: String) -> [String] {
        var gaps: [String] = []
        var rest = text[...]
        while let open = rest.range(of: #"\[[^\]]*\]"#, options: .regularExpression) {
            let gap = String(rest[open])
            if !gaps.contains(gap) { gaps.append(gap) }
            rest = rest[open.upperBound...]
        }
        return gaps
    }

    /// One question per gap; the answers replace the gaps and the completed text becomes the draft.
    private static func gapDialog(_ text: String, gaps: [String], draft: @escaping @Sendable (String?) -> Action) -> Dialog {
        let fields = gaps.map { (gap: $0, field: Question.text("Fyll inn \($0): ")) }
        return Dialog("Fyll ut meldingen", fields.map(\.field), preview: { answers in
            [fill(text, fields, answers)]
        }) { answers in
            .execute(draft(fill(text, fields, answers)), occurred: nil)
        }
    }

    /// The text with each gap answered so far replaced by its answer.
    private static func fill(_ text: String, _ fields: [(gap: String, field: Field<String>)], _ answers: Answers) -> String {
        var text = text
        for (gap, field) in fields where !answers[field].isEmpty {
            text = text.replacingOccurrences(of: gap, with: answers[field])
        }
        return text
    }

    func approveMessage() throws(NotNow) -> Effect {
        let (incident, message) = try selectedMessage()
        return command(.approveMessage(incident.id, message.id))
    }

    func sendMessageDialog() throws(NotNow) -> Dialog {
        let (incident, message) = try selectedMessage()
        let channel = Question.text("Kanal (e-post, SMS, oppslag, telefon): ")
        return Dialog("Sendt: \(message.id)", [channel]) { answers in
            .execute(.sendMessage(incident.id, message.id, channel: answers[channel]), occurred: nil)
        }
    }
}

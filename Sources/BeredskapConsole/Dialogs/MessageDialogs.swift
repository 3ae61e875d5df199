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
        let choices = organisation.templates.map { Choice($0.id, "\($0.title) (\($0.audience.rawValue))") }
        return Dialog("Ny melding for \(incident.id)", [
            .choice("Hvilken mal?", choices),
            .text("Mottakere (gruppe eller instans, aldri en pasient): "),
            .text("Neste melding kl. (14:30; tomt om ukjent): ", optional: true),
            .text("Kontaktnummer for spørsmål (tomt om ukjent): ", optional: true),
        ], preview: { answers in
            organisation.templates.first { $0.id == answers.text(0) }.map {
                $0.fill(incident: incident, organisation: organisation, level: level, nextUpdate: nil, contact: nil, systemNames: systems)
            }.map { [$0] } ?? []
        }) { answers throws(DialogProblem) in
            let nextUpdate = try AnswerParsing.deadline(answers.text(2), question: 2, now: now, calendar: calendar)
            guard let template = organisation.templates.first(where: { $0.id == answers.text(0) }) else {
                throw DialogProblem(question: 0, "Velg en mal.")
            }
            let filled = template.fill(incident: incident, organisation: organisation, level: level, nextUpdate: nextUpdate,
                                       contact: answers.optional(3), systemNames: systems)
            let (recipients, contact) = (answers.text(1), answers.optional(3))
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
        Dialog("Fyll ut meldingen", gaps.map { .text("Fyll inn \($0): ") }, preview: { answers in
            [fill(text, gaps: gaps, answers: answers)]
        }) { answers in
            .execute(draft(fill(text, gaps: gaps, answers: answers)), occurred: nil)
        }
    }

    private static func fill(_ text: String, gaps: [String], answers: Answers) -> String {
        var text = text
        for (index, gap) in gaps.enumerated() where !answers.text(index).isEmpty {
            text = text.replacingOccurrences(of: gap, with: answers.text(index))
        }
        return text
    }

    func approveMessage() throws(NotNow) -> Effect {
        let (incident, message) = try selectedMessage()
        return command(.approveMessage(incident.id, message.id))
    }

    func sendMessageDialog() throws(NotNow) -> Dialog {
        let (incident, message) = try selectedMessage()
        return Dialog("Sendt: \(message.id)", [.text("Kanal (e-post, SMS, oppslag, telefon): ")]) { answers in
            .execute(.sendMessage(incident.id, message.id, channel: answers.text(0)), occurred: nil)
        }
    }
}

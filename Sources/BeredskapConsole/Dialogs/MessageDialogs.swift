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

    /// The template and its recipients first; then what the template leaves open, each asked once and required:
    /// the next update's time and the contact number where the template uses them, then its [bracketed] gaps.
    func draftMessageDialog() throws(NotNow) -> Dialog {
        let incident = try requireIncident()
        let organisation = state.organisation
        guard !organisation.templates.isEmpty else { throw NotNow("Ingen meldingsmaler er definert i maler.yaml.") }
        let (level, now, calendar) = (state.level, now, calendar)
        let systems = (incident.triage?.systems ?? []).map { organisation.system($0)?.name ?? $0.rawValue }
        let chosen = Question.choice("Hvilken mal?", organisation.templates, key: \.id.rawValue) { "\($0.title) (\($0.audience.rawValue))" }
        let recipientsField = Question.text("Mottakere (gruppe eller instans, aldri en pasient): ")
        return Dialog("Ny melding for \(incident.id)", [chosen, recipientsField], preview: { answers in
            answers[chosen].map {
                [$0.fill(incident: incident, organisation: organisation, level: level, nextUpdate: nil, contact: nil, systemNames: systems)]
            } ?? []
        }) { answers throws(DialogProblem) in
            guard let template = answers[chosen] else { throw DialogProblem(chosen, "Velg en mal.") }
            let recipients = answers[recipientsField]
            let fill: @Sendable (Date?, String?) -> String = { nextUpdate, contact in
                template.fill(incident: incident, organisation: organisation, level: level, nextUpdate: nextUpdate, contact: contact,
                              systemNames: systems)
            }
            let open = OpenParts(template, gaps: Self.gaps(in: fill(now, "-")))
            guard !open.isEmpty else {
                return .execute(.draftMessage(incident.id, template: template.id, recipients: recipients, nextUpdate: nil, contact: nil, text: nil),
                                occurred: nil)
            }
            return .next(Self.fillDialog(open, fill: fill, now: now, calendar: calendar) { nextUpdate, contact, text in
                .draftMessage(incident.id, template: template.id, recipients: recipients, nextUpdate: nextUpdate, contact: contact, text: text)
            })
        }
    }

    /// What a template leaves for the sender: the placeholders filled from what they type, and the gaps.
    private struct OpenParts: Sendable {
        var nextUpdate: Field<String>?
        var contact: Field<String>?
        /// The template's own `[...]` parts, each answered with the text that replaces it.
        var gaps: [(gap: String, field: Field<String>)]

        init(_ template: MessageTemplate, gaps: [String]) {
            nextUpdate = template.text.contains("{neste_melding}") ? Question.text("Neste melding kl. (14:30, eller 60 for om en time): ") : nil
            contact = template.text.contains("{kontakt}") ? Question.text("Kontaktnummer for spørsmål: ") : nil
            self.gaps = gaps.map { (gap: $0, field: Question.text("Fyll inn \($0): ")) }
        }

        var isEmpty: Bool { nextUpdate == nil && contact == nil && gaps.isEmpty }
        var fields: [any DialogField] { [nextUpdate, contact].compactMap { $0 } + gaps.map(\.field) }

        /// The text with what is answered so far filled in.
        func text(_ answers: Answers, fill: (Date?, String?) -> String, nextUpdate: Date?) -> String {
            var text = fill(nextUpdate, contact.map { answers[$0] }.flatMap { $0.isEmpty ? nil : $0 })
            for (gap, field) in gaps where !answers[field].isEmpty {
                text = text.replacingOccurrences(of: gap, with: answers[field])
            }
            return text
        }
    }

    /// The open parts asked one by one, the message as it will read shown as they are answered.
    private static func fillDialog(_ open: OpenParts, fill: @escaping @Sendable (Date?, String?) -> String, now: Date, calendar: Calendar,
                                   draft: @escaping @Sendable (Date?, String?, String?) -> Action) -> Dialog {
        Dialog("Fyll ut meldingen", open.fields, preview: { answers in
            let nextUpdate = open.nextUpdate.flatMap { try? AnswerParsing.deadline($0.asOptional, in: answers, now: now, calendar: calendar) }
            return [open.text(answers, fill: fill, nextUpdate: nextUpdate)]
        }) { answers throws(DialogProblem) in
            let nextUpdate = try open.nextUpdate.flatMap { field throws(DialogProblem) in
                try AnswerParsing.deadline(field.asOptional, in: answers, now: now, calendar: calendar)
            }
            let contact = open.contact.map { answers[$0] }
            let text = open.gaps.isEmpty ? nil : open.text(answers, fill: fill, nextUpdate: nextUpdate)
            return .execute(draft(nextUpdate, contact, text), occurred: nil)
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

    func approveMessage() throws(NotNow) -> Effect {
        let (incident, message) = try selectedMessage()
        return command(.approveMessage(incident.id, message.id))
    }

    /// The krisestab lead approved by phone; whoever is at the keyboard records it with the lead's name and the
    /// time it was given. Core accepts it only for the person who holds the role; a refusal keeps the dialog.
    func verbalApprovalDialog() throws(NotNow) -> Dialog {
        let (incident, message) = try selectedMessage()
        let lead = state.roles[.crisisLead]
        let recorder = operatorName.rawValue
        let approver = Question.text("Godkjent av (krisestabsleder): ", initial: lead ?? "")
        let given = Question.text("Godkjent kl. (tt:mm): ")
        let (now, calendar) = (now, calendar)
        return Dialog("Godkjent muntlig: melding \(message.id)", [approver, given], preview: { answers in
            [lead.map { "Krisestabsleder er \($0); bare hen kan godkjenne, også muntlig." }
                ?? "Ingen krisestabsleder er utnevnt; utnevn rollen på Oppgaver (u) først.",
             "Føres som «godkjent muntlig av \(answers[approver]) kl. \(answers[given])», registrert av \(recorder)."]
        }) { answers throws(DialogProblem) in
            guard let at = try AnswerParsing.past(given.asOptional, in: answers, now: now, calendar: calendar) else {
                throw DialogProblem(given, "Skriv når godkjenningen ble gitt, som tt:mm.")
            }
            return .execute(.approveMessageVerbally(incident.id, message.id, approver: answers[approver], givenAt: at), occurred: nil)
        }
    }

    func sendMessageDialog() throws(NotNow) -> Dialog {
        let (incident, message) = try selectedMessage()
        let channel = Question.text("Kanal (e-post, SMS, oppslag, telefon): ")
        return Dialog("Sendt: \(message.id)", [channel]) { answers in
            .execute(.sendMessage(incident.id, message.id, channel: answers[channel]), occurred: nil)
        }
    }
}

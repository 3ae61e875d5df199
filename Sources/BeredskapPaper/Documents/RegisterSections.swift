import BeredskapCore
import Foundation

/// The binder's reference sections, each built from the organisation alone.
enum RegisterSections {
    /// HICS 205A style: role, name, numbers in the order to try them, when the entry was verified.
    static func contacts(_ organisation: Organisation, now: Date, timeZone: TimeZone) -> [Block] {
        let ordered = organisation.contacts.filter { !$0.external } + organisation.contacts.filter(\.external)
        let rows = ordered.map { contact -> [String] in
            var verified = Timestamps.day(contact.verified, timeZone: timeZone)
            if organisation.isStale(contact, at: now) { verified += " – ikke bekreftet på \(contact.age(at: now)) dager" }
            let role = contact.external ? "\(contact.role) (\(contact.organisation))" : contact.role
            let phones = contact.phones.enumerated().map { "\($0.offset + 1). \($0.element)" }.joined(separator: ", ")
            return [role, contact.name, phones, verified]
        }
        return [
            .heading("Kontaktliste"),
            .note("Ring numrene i rekkefølge. Kontakter som ikke er bekreftet på \(organisation.contactMaxAgeDays) dager er merket; "
                + "bekreft dem ved første anledning."),
            .table(Table(columns: [.init("Rolle", width: 0.34), .init("Navn", width: 0.2), .init("Telefon, i rekkefølge", width: 0.24),
                                   .init("Bekreftet", width: 0.22)], rows: rows)),
        ]
    }

    /// What each readiness level means, when it applies, who is notified within how long, and the krisestab it needs.
    static func levels(_ organisation: Organisation) -> [Block] {
        var blocks: [Block] = [.heading("Beredskapsnivåer og varsling")]
        blocks.append(.subheading("Normal drift"))
        blocks.append(.paragraph(organisation.normalDrift.isEmpty
            ? "Hvilenivået: ingen hevet beredskap. Grønn, gul og rød settes ved en beslutning med begrunnelse."
            : organisation.normalDrift))
        for definition in organisation.levels {
            blocks.append(.subheading("Beredskapsnivå \(definition.level.rawValue) (hevet)"))
            blocks.append(.paragraph(definition.meaning))
            if !definition.criteria.isEmpty {
                blocks.append(.paragraph("Når: " + definition.criteria.joined(separator: "; ")))
            }
            let roles = definition.roles.map { organisation.role($0)?.name ?? $0.rawValue }
            if !roles.isEmpty { blocks.append(.paragraph("Krisestab: " + roles.joined(separator: ", "))) }
            if !definition.notify.isEmpty {
                let rows = definition.notify.map { rule in
                    [organisation.contact(rule.contact)?.recipientLabel ?? rule.contact.rawValue, "innen \(rule.within)"]
                }
                blocks.append(.table(Table(columns: [.init("Varsles", width: 0.75), .init("Frist", width: 0.25)], rows: rows)))
            }
        }
        return blocks
    }

    /// One blank sheet of every form, serial left to be written in.
    static func blankForms(_ organisation: Organisation) -> [Block] {
        [.heading("Papirskjema (blanke)"),
         .note("Kopier ved behov. Skriv løpenummer fra serien avdelingen har fått utlevert. De kliniske skjemaene er pasientjournal: "
               + "pasientens identitet skrives for hånd øverst på skjemaet og føres aldri inn i Beredskap, som følger skjemaet med løpenummeret.")]
            + organisation.forms.map { .form(FormSheet($0, serial: nil)) }
    }
}

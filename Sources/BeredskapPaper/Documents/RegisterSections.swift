import BeredskapCore
import Foundation

/// The binder's reference sections, each built from the organisation alone.
enum RegisterSections {
    /// HICS 205A style: name and role first, the numbers in their own column in the order to try them (a number is
    /// never split across lines), when the entry was verified.
    static func contacts(_ organisation: Organisation, now: Date, timeZone: TimeZone) -> [Block] {
        let ordered = organisation.contacts.filter { !$0.external } + organisation.contacts.filter(\.external)
        let rows = ordered.map { contact -> [String] in
            var verified = Timestamps.day(contact.verified, timeZone: timeZone)
            if organisation.isStale(contact, at: now) { verified += " – ikke bekreftet på \(contact.age(at: now)) dager" }
            let role = contact.external ? "\(contact.role), \(contact.organisation)" : contact.role
            let phones = contact.phones.enumerated().map { unbroken("\($0.offset + 1). \($0.element)") }.joined(separator: " ")
            return [contact.name, role, phones, verified]
        }
        return [
            .heading("Kontaktliste"),
            .note("Ring numrene i rekkefølge. Kontakter som ikke er bekreftet på \(organisation.contactMaxAgeDays) dager er merket; "
                + "bekreft dem ved første anledning."),
            .table(Table(columns: [.init("Navn", width: 0.22), .init("Rolle", width: 0.32), .init("Telefon, i rekkefølge", width: 0.24),
                                   .init("Bekreftet", width: 0.22)], rows: rows)),
        ]
    }

    /// A phone number held together: wrapping breaks lines only between numbers, never inside one.
    static func unbroken(_ number: String) -> String { number.replacingOccurrences(of: " ", with: "\u{00A0}") }

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
                    let contact = organisation.contact(rule.contact)
                    return [contact?.recipientLabel ?? rule.contact.rawValue, contact?.phones.map(unbroken).joined(separator: " ") ?? "",
                            "innen \(rule.within)"]
                }
                blocks.append(.table(Table(columns: [.init("Varsles", width: 0.52), .init("Telefon", width: 0.3), .init("Frist", width: 0.18)],
                                           rows: rows)))
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

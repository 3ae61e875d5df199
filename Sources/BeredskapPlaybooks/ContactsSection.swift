import BeredskapCore
import Foundation

/// `kontakter.yaml`: internal and external contacts (factsheet 2c, 2d: kept up to date).
enum ContactsSection {
    static func read(_ file: YAMLFile, context: LoadContext, now: Date, maxAgeDays: Int) -> [Contact] {
        file.entries("contacts", kind: .contact,
                     required: ["id", "name", "organisation", "role", "external", "phones", "verified"],
                     context: context).compactMap { item in
            let id = item.identifier(.contact)
            let name = item.string("name")
            let organisation = item.string("organisation")
            let role = item.string("role")
            let external = item.bool("external")
            let located = item.texts("phones")
            for phone in located {
                if let problem = PhoneNumberRule.problem(phone.value) {
                    context.lint.error(problem.message, at: phone.location, hint: problem.hint)
                }
            }
            let phones = located.map(\.value)
            let verified = item.date("verified")
            if item.has("phones"), item.isBlank("phones") {
                context.lint.error("\(item.label) har ikke noe telefonnummer", at: item.location,
                                   hint: "skriv numrene under «phones», i den rekkefølgen de skal prøves")
            }
            guard let id, let name, let organisation, let role, let external, let verified, !phones.isEmpty else { return nil }
            let contact = Contact(id: ContactID(id.value), name: name, organisation: organisation, role: role,
                                  external: external, phones: phones, verified: verified.value)
            reportAge(of: contact, verifiedAt: verified.location, now: now, maxAgeDays: maxAgeDays, lint: context.lint)
            return contact
        }
    }

    /// Stale numbers are found when someone dials them in an outage; the warning comes before that.
    private static func reportAge(of contact: Contact, verifiedAt location: Location, now: Date, maxAgeDays: Int, lint: Lint) {
        let age = contact.age(at: now)
        if contact.isStale(at: now, maxAgeDays: maxAgeDays) {
            lint.warning("kontakten «\(contact.id)» ble sist verifisert for \(age) dager siden (grensen er \(maxAgeDays))",
                         at: location, hint: "ring eller sjekk numrene, og sett «verified» til dagens dato")
        } else if age < 0 {
            lint.warning("kontakten «\(contact.id)» er verifisert i fremtiden (\(-age) dager frem)", at: location,
                         hint: "sett «verified» til datoen numrene faktisk ble sjekket")
        }
    }
}

import BeredskapCore

/// `notify: [{contact, within}]`, shared by levels and categories ("hvem skal varsles innen når").
extension MappingReader {
    func notifyRules() -> [NotifyRule] {
        items("notify", subject: Subject(definite: "varslingen av", indefinite: "en varsling"), idKey: "contact",
              required: ["contact", "within"]).compactMap { rule in
            let contact = rule.reference(.contact, "contact")
            let within = rule.duration("within")
            guard let contact, let within else { return nil }
            return NotifyRule(contact: ContactID(contact.value), within: within)
        }
    }
}

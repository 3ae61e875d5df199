import BeredskapCore

/// `notify: [{contact, within}]`, shared by levels and categories ("hvem skal varsles innen når").
extension MappingReader {
    /// The same contact twice in one list is a warning: the second call would be a duplicate at 03:00.
    func notifyRules() -> [NotifyRule] {
        var seen: Set<String> = []
        return items("notify", subject: Subject(definite: "varslingen av", indefinite: "en varsling"), idKey: "contact",
                     required: ["contact", "within"]).compactMap { rule in
            let contact = rule.reference(.contact, "contact")
            let within = rule.duration("within")
            guard let contact, let within else { return nil }
            guard seen.insert(contact.value).inserted else {
                context.lint.warning("kontakten «\(contact.value)» står to ganger i varslingslisten til \(label)", at: contact.location,
                                     hint: "ta bort den ene; har kontakten flere numre, står de under «phones» i kontakter.yaml")
                return nil
            }
            return NotifyRule(contact: ContactID(contact.value), within: within)
        }
    }
}

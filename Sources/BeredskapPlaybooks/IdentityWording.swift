import BeredskapCore

/// Wording that asks for who a patient is. It belongs on the clinical paper forms (written by hand there), and
/// nowhere whose text enters the journal or a message: a template, a level's task (Normen 2.3, 5.5.4).
enum IdentityWording {
    static let words = [
        "fødselsnummer", "personnummer", "d-nummer", "reservenummer", "pasientnavn", "navn på pasient", "pasientens navn",
    ]

    /// Reports `text` if it asks for a patient's identity.
    static func check(_ text: Located<String>, in item: MappingReader, field: String) {
        let lowered = text.value.lowercased()
        guard let word = words.first(where: { lowered.contains($0) }) else { return }
        item.context.lint.error("«\(field)» i \(item.label) ber om pasientens identitet («\(word)»), og teksten havner i journalen "
                                    + "eller en melding", at: text.location,
                                hint: "pasientens identitet skrives bare for hånd på papirskjemaet; Beredskap følger skjemaet med "
                                    + "løpenummeret (Normen 2.3 og 5.5.4, dataminimering)")
    }
}

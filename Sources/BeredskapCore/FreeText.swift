/// Checks on text that people type: present where required, and never a patient's identity number.
enum FreeText {
    static func require(_ text: String, field: String) throws(Refusal) {
        guard !text.allSatisfy(\.isWhitespace) else { throw .emptyText(field: field) }
        try check(text, field: field)
    }

    static func check(_ text: String?, field: String) throws(Refusal) {
        guard let text else { return }
        if NationalIdentityNumber.isPresent(in: text) { throw .personalIdentityNumber(field: field) }
    }
}

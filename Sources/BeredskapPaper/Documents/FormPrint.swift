import BeredskapCore

/// Paper forms for løpende registrering (factsheet 2f): one sheet per serial, or blank sheets without.
public enum FormPrint {
    /// One sheet for each serial; when `serials` is empty, `blankCount` sheets with the serial left blank.
    public static func document(_ form: FormDefinition, organisation: Organisation, serials: [FormSerial], blankCount: Int = 1) -> PaperDocument {
        let mark = DocumentMark(id: "skjema \(form.id.rawValue)", version: organisation.version,
                                contentHash: form.contentHash)
        let sheets: [String?] = serials.isEmpty ? Array(repeating: nil, count: max(1, blankCount)) : serials.map(\.rawValue)
        return PaperDocument(mark: mark, title: form.title,
                             blocks: sheets.map { .form(FormSheet(form, serial: $0)) })
    }
}

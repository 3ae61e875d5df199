import BeredskapJSON
import Foundation

/// The rules a draft must keep before anything is written. A broken rule refuses the whole append.
enum DraftValidation {
    /// Checks a caller's draft (the journal's own records are built correct and not checked here).
    static func check(_ draft: RecordDraft) throws(JournalError) {
        try checkName(draft.operatorName, "operator")
        try checkName(draft.type, "type")
        if let incident = draft.incident { try checkName(incident, "incident") }
        if draft.type.hasPrefix(LineFormat.reservedTypePrefix) {
            throw .invalidDraft("type \"\(draft.type)\" uses the prefix \"\(LineFormat.reservedTypePrefix)\", "
                + "which is reserved for the journal's own records")
        }
        try checkDate(draft.registered, "registration time")
        if let occurred = draft.occurred { try checkDate(occurred, "occurrence time") }
        try checkNumbers(.object(draft.data))
    }

    /// Checks an operator name on its own, before it signs anything.
    static func checkOperator(_ name: String) throws(JournalError) {
        try checkName(name, "operator")
    }

    /// Operator, type and incident are short labels shown on one line: non-empty, no control characters.
    private static func checkName(_ value: String, _ what: String) throws(JournalError) {
        guard !value.isEmpty else { throw .invalidDraft("the \(what) is empty") }
        guard !value.containsControlCharacter else {
            throw .invalidDraft("the \(what) contains control characters")
        }
    }

    /// Timestamps cover the years 0000-9999 (0000-01-01 and 10000-01-01 in seconds since 1970).
    private static let representable = -62_167_219_200.0 ..< 253_402_300_800.0

    private static func checkDate(_ date: Date, _ what: String) throws(JournalError) {
        guard representable.contains(date.timeIntervalSince1970) else {
            throw .invalidDraft("the \(what) \(date) cannot be written as a timestamp")
        }
    }

    /// JSON has no NaN or infinity.
    private static func checkNumbers(_ value: JSONValue) throws(JournalError) {
        switch value {
        case .double(let number) where !number.isFinite:
            throw .invalidDraft("the data contains the number \(number), which JSON cannot represent")
        case .array(let elements):
            for element in elements { try checkNumbers(element) }
        case .object(let object):
            for member in object.members { try checkNumbers(member.value) }
        default:
            break
        }
    }
}

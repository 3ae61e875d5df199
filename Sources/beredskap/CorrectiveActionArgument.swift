import ArgumentParser
import BeredskapCore
import Foundation

/// `--action "tekst;ansvarlig;ÅÅÅÅ-MM-DD"`: a corrective action from an evaluation, shared by `phase evaluert`
/// and `exercise evaluate`. Due at noon local time on the day given.
enum CorrectiveActionArgument {
    static func parse(_ text: String) throws -> CorrectiveAction {
        let parts = text.split(separator: ";", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 3, let due = TimeArgument.day(parts[2], hour: 12) else {
            throw ValidationError("Tiltak skrives «tekst;ansvarlig;ÅÅÅÅ-MM-DD», fikk «\(text)».")
        }
        return CorrectiveAction(text: parts[0], owner: parts[1], due: due)
    }
}

import BeredskapCore
import Foundation

/// The questions of an evaluation (factsheet 3d), for an incident and an exercise alike: what was learnt (several
/// separated by ;), and one corrective action with its owner and deadline. Each action stays open in status until
/// it is closed; more can be given with `--action` on the command line.
struct EvaluationFields {
    let learnt = Question.text("Hva lærte vi? (flere skilles med ;) ")
    let action = Question.optionalText("Korrigerende tiltak (tomt for ingen): ")
    let owner = Question.optionalText("Tiltaksansvarlig (rolle): ")
    let due = Question.optionalText("Frist for tiltaket (dd.mm.åååå eller antall dager): ")

    var fields: [any DialogField] { [learnt, action, owner, due] }

    /// The lessons and the action as typed; a refusal names the question to answer again.
    func outcome(_ answers: Answers, now: Date, calendar: Calendar) throws(DialogProblem) -> (lessons: [String], actions: [CorrectiveAction]) {
        let lessons = answers[learnt].split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard let text = answers[action] else { return (lessons, []) }
        guard let owner = answers[owner] else { throw DialogProblem(self.owner, "Et tiltak trenger en ansvarlig.") }
        let due = try AnswerParsing.date(answers[due] ?? "", answering: due, now: now, calendar: calendar)
        return (lessons, [CorrectiveAction(text: text, owner: owner, due: due)])
    }
}

import BeredskapCore
import Foundation

/// Oppgaver: tasks by role and deadline, and the krisestab roles (factsheet 2b, 2e).
extension ConsoleModel {
    func selectedTask() throws(NotNow) -> (Incident, IncidentTask) {
        let incident = try requireIncident()
        guard let task = TaskList.ordered(incident, now: now).dropFirst(tasks.row(for: incident.id)).first else {
            throw NotNow("Ingen oppgave er valgt.")
        }
        guard task.isOpen else { throw NotNow("Oppgaven er allerede avsluttet.") }
        return (incident, task)
    }

    func completeTaskDialog() throws(NotNow) -> Dialog {
        let (incident, task) = try selectedTask()
        return Dialog("Utført: \(InertText.make(task.title))", [.text("Merknad (tomt for ingen): ", optional: true)]) { answers in
            .execute(.completeTask(incident.id, task.id, note: answers.optional(0)), occurred: nil)
        }
    }

    func cancelTaskDialog() throws(NotNow) -> Dialog {
        let (incident, task) = try selectedTask()
        return Dialog("Avlys: \(InertText.make(task.title))", [.text("Hvorfor avlyses den? ")]) { answers in
            .execute(.cancelTask(incident.id, task.id, reason: answers.text(0)), occurred: nil)
        }
    }

    func addTaskDialog() throws(NotNow) -> Dialog {
        let incident = try requireIncident()
        let (now, calendar) = (now, calendar)
        return Dialog("Ny oppgave for \(incident.id)", [
            .text("Hva skal gjøres? "),
            .choice("Hvilken rolle gjør det?", roleChoices()),
            .text("Frist (30 eller 14:30; tomt for ingen): ", optional: true),
        ]) { answers throws(DialogProblem) in
            let due = try AnswerParsing.deadline(answers.text(2), question: 2, now: now, calendar: calendar)
            return .execute(.assignTask(incident.id, title: answers.text(0), role: RoleID(answers.text(1)), due: due, procedure: nil),
                            occurred: nil)
        }
    }

    /// Assigns a krisestab role, or hands it over: the new holder, and what was handed over.
    func assignRoleDialog() throws(NotNow) -> Dialog {
        guard !state.organisation.roles.isEmpty else { throw NotNow("Ingen roller er definert i roller.yaml.") }
        return Dialog("Utpek rolle i krisestaben", [
            .choice("Hvilken rolle?", roleChoices()),
            .text("Hvem har rollen nå? "),
            .text("Overlevering (hva er gitt videre; tomt for ny rolle): ", optional: true),
        ]) { answers in
            .execute(.assignRole(RoleID(answers.text(0)), person: answers.text(1), handoverNote: answers.optional(2)), occurred: nil)
        }
    }

    private func roleChoices() -> [Choice] {
        state.organisation.roles.map { role in
            Choice(role.id.rawValue, role.name + (state.roles[role.id].map { " (nå: \(InertText.make($0)))" } ?? " (ikke besatt)"))
        }
    }
}

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
        return completeTaskDialog(task, in: incident)
    }

    func completeTaskDialog(_ task: IncidentTask, in incident: Incident) -> Dialog {
        let note = Question.optionalText("Merknad (tomt for ingen): ")
        return Dialog("Utført: \(InertText.make(task.title))", [note]) { answers in
            .execute(.completeTask(incident.id, task.id, note: answers[note]), occurred: nil)
        }
    }

    func cancelTaskDialog() throws(NotNow) -> Dialog {
        let (incident, task) = try selectedTask()
        let reason = Question.text("Hvorfor avlyses den? ")
        return Dialog("Avlys: \(InertText.make(task.title))", [reason]) { answers in
            .execute(.cancelTask(incident.id, task.id, reason: answers[reason]), occurred: nil)
        }
    }

    func addTaskDialog() throws(NotNow) -> Dialog {
        let incident = try requireIncident()
        let (now, calendar) = (now, calendar)
        let title = Question.text("Hva skal gjøres? ")
        let roleChoice = roleQuestion("Hvilken rolle gjør det?")
        let due = Question.optionalText("Frist (30 eller 14:30; tomt for ingen): ")
        return Dialog("Ny oppgave for \(incident.id)", [title, roleChoice, due]) { answers throws(DialogProblem) in
            guard let role = answers[roleChoice] else { throw DialogProblem(roleChoice, "Velg en rolle.") }
            let deadline = try AnswerParsing.deadline(due, in: answers, now: now, calendar: calendar)
            return .execute(.assignTask(incident.id, title: answers[title], role: role, due: deadline, procedure: nil), occurred: nil)
        }
    }

    /// Assigns a krisestab role, or hands it over: the new holder, and what was handed over.
    func assignRoleDialog() throws(NotNow) -> Dialog {
        guard !state.organisation.roles.isEmpty else { throw NotNow("Ingen roller er definert i roller.yaml.") }
        let roleChoice = roleQuestion("Hvilken rolle?")
        let person = Question.text("Hvem har rollen nå? ")
        let handover = Question.optionalText("Overlevering (hva er gitt videre; tomt for ny rolle): ")
        // Only the krisestab lead's appointment is reserved: for it alone, who made it is asked next.
        let relay = RelayQuestion(.appointLead, in: self)
        return Dialog("Utpek rolle i krisestaben", [roleChoice, person, handover]) { answers throws(DialogProblem) in
            guard let role = answers[roleChoice] else { throw DialogProblem(roleChoice, "Velg en rolle.") }
            let action = Action.assignRole(role, person: answers[person], handoverNote: answers[handover])
            guard role == .crisisLead, let relay else { return .execute(action, occurred: nil) }
            return .next(Dialog("Utpek krisestabsleder: \(InertText.make(answers[person]))", [relay.field]) { more in
                .execute(action, occurred: nil, onBehalfOf: more[relay])
            })
        }
    }

    /// The krisestab roles, each with who holds it now.
    private func roleQuestion(_ prompt: String) -> Field<RoleID?> {
        let holders = state.roles
        return Question.choice(prompt, state.organisation.roles, key: \.id.rawValue) { role in
            role.name + (holders[role.id].map { " (nå: \(InertText.make($0)))" } ?? " (ikke besatt)")
        }.map { $0?.id }
    }
}

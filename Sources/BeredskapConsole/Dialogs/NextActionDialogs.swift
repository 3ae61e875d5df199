import BeredskapCore
import Foundation

/// Enter on the overview does the selected «Hva nå?» item: the dialog of its action (triage, level, the phase
/// action, a call, a task, a role), a checklist step ticked at once, or the screen where the work is (paper forms).
extension ConsoleModel {
    mutating func doNextAction() throws(NotNow) -> Effect {
        let items = whatNow
        guard let item = items.dropFirst(overview.selected(in: items)).first else { throw NotNow("Ingenting er valgt.") }
        if let id = item.incident { selectedIncident = id }
        switch item.kind {
        case .openIncident: dialog = newIncidentDialog()
        case .triage: dialog = try triageDialog()
        case .decideLevel, .lowerLevel: dialog = levelDialog()
        case .startResponse, .confirmControl, .startRestoration, .confirmRestored, .close, .evaluate:
            dialog = try phaseActionDialog(try requireIncident())
        case .reEnterForms:
            let incident = try requireIncident()
            screen = .paper
            if let first = incident.forms.firstIndex(where: { !$0.status.isSettled }) {
                paper.select(first, count: incident.forms.count, for: incident.id)
            }
        case .notify(let duty, _), .callAgain(let duty): dialog = try callDialog(duty)
        case .task(let id):
            let incident = try requireIncident()
            guard let task = incident.task(id) else { throw NotNow("Oppgaven \(id) finnes ikke.") }
            dialog = completeTaskDialog(task, in: incident)
        case .step(let procedure, let step): return command(.completeStep(try requireIncident().id, procedure, step: step))
        case .appointRole(let role): dialog = appointDialog(role)
        case .reportPrivacyBreach: dialog = try reportBreachDialog()
        }
        return .none
    }

    /// One call, from «Hva nå?»: who and which number to ring in the title, then how it went.
    func callDialog(_ id: DutyID) throws(NotNow) -> Dialog {
        let incident = try requireIncident()
        guard let duty = incident.duty(id) else { throw NotNow("Varslingen \(id) finnes ikke.") }
        let number = isExercise ? nil : NotificationList.nextNumber(for: duty, in: state.organisation)
        let how = isExercise ? " (ØVELSE: ikke ring, spill samtalen med øvingslederen)"
            : number.map { " på \(InertText.make($0))" } ?? " (ingen nummer i kontaktlisten)"
        let outcome = Question.choice("Hvordan gikk samtalen?", CallOutcome.allCases, label: \.word)
        let note = Question.optionalText("Notat (hva ble sagt, avtalt; tomt for ingen): ")
        return Dialog("Ring \(InertText.make(duty.recipient))\(how)", [outcome, note]) { answers in
            .execute(.recordCall(incident.id, duty.id, outcome: answers[outcome] ?? .reached, number: number, note: answers[note]),
                     occurred: nil)
        }
    }

    /// A krisestab role the level requires and nobody holds: who takes it.
    func appointDialog(_ role: RoleID) -> Dialog {
        let name = state.organisation.role(role)?.name ?? role.rawValue
        let person = Question.text("Hvem har rollen? ")
        let relay = role == .crisisLead ? RelayQuestion(.appointLead, in: self) : nil
        return Dialog("Utpek \(name) (kreves på \(state.level.word))", RelayQuestion.fields([person], relay)) { answers in
            .execute(.assignRole(role, person: answers[person], handoverNote: nil), occurred: nil, onBehalfOf: answers[relay])
        }
    }
}

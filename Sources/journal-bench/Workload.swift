import BeredskapCore
import Foundation

/// A realistic journal: incidents of about a hundred events each (assessment, level decisions, calls, tasks,
/// paper forms, log lines, restoration), consistent enough that replay folds real state.
struct Workload {
    private(set) var events: [Event] = []
    private var clock = Date(timeIntervalSince1970: 1_795_000_000)
    private var incident: IncidentID?

    static func make(count: Int) -> [Event] {
        var workload = Workload()
        var number = 0
        while workload.events.count < count {
            number += 1
            workload.incident(number)
        }
        return Array(workload.events.prefix(count))
    }

    private mutating func emit(_ body: EventBody, by name: String = "ikt-vakt") {
        clock += 7
        events.append(Event(registered: clock, occurred: events.count % 10 == 0 ? clock - 300 : nil,
                            operatorName: OperatorName(name), incident: incident, body: body))
    }

    private mutating func incident(_ number: Int) {
        incident = IncidentID(String(format: "H-2026-%05d", number))
        emit(.incidentOpened(IncidentOpened(title: "EPJ utilgjengelig på sengepost \(number % 12 + 1)", detectedBy: "Sengepost 3B")))
        emit(.incidentTriaged(IncidentTriaged(systems: ["epj", "kurve"], category: "teknisk-svikt", severity: .high,
                                              consequence: "Ingen tilgang til journal og kurve; papirrutiner.", affected: [.availability],
                                              expectedDuration: Minutes(180), maxOutage: Minutes(240), suggestedLevel: .yellow)))
        emit(.levelChanged(LevelChanged(from: .green, to: .yellow, reason: "EPJ nede, forventet over 2 timer", incidents: [incident!])))
        emit(.responseStarted(ResponseStarted(note: nil)))
        for duty in 1...5 {
            let id = DutyID("V\(duty)")
            emit(.notificationRequired(NotificationRequired(duty: id, recipient: "Driftsleverandørens vakt \(duty)",
                                                            contact: "leverandor-vakt", due: clock + 900, mandatory: true)))
            emit(.callAttempted(CallAttempted(duty: id, outcome: .noAnswer, number: "+47 400 00 00\(duty)", note: nil)))
            emit(.callAttempted(CallAttempted(duty: id, outcome: .reached, number: "+47 400 00 00\(duty)", note: "Informert")))
        }
        for task in 1...10 {
            let id = TaskID("O\(task)")
            emit(.taskAssigned(TaskAssigned(task: id, title: "Oppgave \(task) fra nødprosedyren", role: "sengepostleder",
                                            due: clock + 1800, procedure: ProcedureRef(id: "NP-EPJ-01", contentHash: "9f2c51aa"))))
            emit(.taskCompleted(TaskCompleted(task: id, note: nil)))
        }
        let serials = (1...10).map { FormSerial(String(format: "PJ-%06d", number * 10 + $0)) }
        emit(.formsIssued(FormsIssued(form: "papirjournal", serials: serials, issuedTo: "Sengepost 3B")))
        for line in 1...38 {
            emit(.logEntry(LogEntry(text: "Statusmøte \(line): leverandøren arbeider med databaselaget; avdelingene går på papir."
                                    )), by: "loggforer")
        }
        emit(.controlConfirmed(ControlConfirmed(note: "Årsak kjent; ingen tegn til angrep")))
        emit(.restorationStarted(RestorationStarted(note: nil)))
        emit(.serviceRestored(ServiceRestored(note: nil)))
        for status in [FormStatus.returned, .entered, .verified] {
            for serial in serials { emit(.formAdvanced(FormAdvanced(serial: serial, status: status))) }
        }
        emit(.incidentClosed(IncidentClosed(summary: "EPJ tilbake; alt ajourført")))
        emit(.levelChanged(LevelChanged(from: .yellow, to: .green, reason: "Normal drift", incidents: [incident!])))
    }
}

import BeredskapCore
import Foundation

/// The steps of an incident, as commands: each one decided against the state so far, as a console would.
extension OutageHistory {
    /// Opens an incident of `kind`; in the past the title says where, tonight's titles say it themselves.
    mutating func open(_ kind: Kind, after seconds: TimeInterval? = 0, placed: Bool = true) throws -> IncidentID {
        let title = placed ? "\(kind.title) (\(place()))" : kind.title
        let opened = try run(.openIncident(title: title, detectedBy: place()), after: seconds)
        return opened[0].incident!
    }

    mutating func triage(_ id: IncidentID, _ kind: Kind, severity: Severity) throws {
        let affected: [SecurityProperty] = kind.category == "personvernbrudd" ? [.confidentiality] : [.availability]
        try run(.triage(id, TriageInput(systems: [kind.system], category: kind.category, severity: severity,
                                        consequence: "Avdelingene går over til nødrutiner på papir", affected: affected,
                                        expectedDuration: Minutes(random.int(1...8) * 30))))
    }

    mutating func staff() throws {
        try run(.assignRole("krisestabsleder", person: lead.rawValue, handoverNote: nil))
        try run(.assignRole("loggforer", person: random.pick(Self.operators).rawValue, handoverNote: nil))
        if random.chance(0.6) { try run(.assignRole("kommunikasjonsansvarlig", person: "Eva Lie (fiktiv)", handoverNote: nil)) }
    }

    /// Ticks a share of the unticked steps of `phase` in every procedure that applies.
    mutating func tick(_ id: IncidentID, _ phase: Phase, share: Double) throws {
        guard let incident = writer.state[id] else { return }
        for procedure in organisation.procedures(for: incident) {
            let done = incident.completedSteps[procedure.ref] ?? [:]
            for step in procedure.checklist(for: phase) where done[step.id] == nil && random.chance(share) {
                try run(.completeStep(id, procedure.ref, step: step.id))
            }
        }
    }

    mutating func fallBack(_ id: IncidentID) throws {
        guard let incident = writer.state[id] else { return }
        var modes: Set<FallbackMode> = []
        for procedure in organisation.procedures(for: incident) where modes.insert(procedure.mode).inserted {
            try run(.activateFallback(id, procedure.mode, procedure: procedure.ref))
        }
    }

    mutating func issueForms(_ id: IncidentID, kinds: Int, each counts: ClosedRange<Int>) throws {
        guard let incident = writer.state[id] else { return }
        var forms: [FormTypeID] = []
        for procedure in organisation.procedures(for: incident) {
            for form in procedure.forms where !forms.contains(form) { forms.append(form) }
        }
        for form in forms.prefix(kinds) {
            guard let definition = organisation.form(form) else { continue }
            try run(.issueForms(id, form: form, count: random.int(counts), issuedTo: place()))
        }
    }

    /// Calls every outstanding duty with a deadline (some attempts fail first); `reach` of them are reached.
    mutating func callEveryone(_ id: IncidentID, reach: Double) throws {
        guard let incident = writer.state[id] else { return }
        for duty in incident.duties where duty.isOutstanding && duty.due != nil {
            let phones = duty.contact.flatMap(organisation.contact)?.phones ?? []
            var attempts = duty.attempts.count
            func number() -> String? { phones.isEmpty ? nil : phones[attempts % phones.count] }
            for _ in 0..<random.int(0...2) {
                let outcome = random.pick([CallOutcome.noAnswer, .noAnswer, .leftMessage, .willCallBack])
                try run(.recordCall(id, duty.id, outcome: outcome, number: number(), note: nil), after: pause(30...240))
                attempts += 1
            }
            if random.chance(reach) {
                try run(.recordCall(id, duty.id, outcome: .reached, number: number(), note: random.chance(0.3) ? "Informert" : nil),
                        after: pause(30...240))
            }
        }
    }

    /// Before closing: every mandatory duty reached, or (for bodies only to consider) declined with a reason.
    mutating func settleDuties(_ id: IncidentID) throws {
        guard let incident = writer.state[id] else { return }
        for duty in incident.duties where duty.isOutstanding {
            if duty.due == nil, random.chance(0.7) {
                try run(.declineNotification(id, duty.id, reason: "Vurdert: ingen pasientskade og ikke meldepliktig"))
            } else {
                try run(.recordCall(id, duty.id, outcome: .reached, number: nil, note: nil))
            }
        }
    }

    mutating func finishTasks(_ id: IncidentID) throws {
        guard let incident = writer.state[id] else { return }
        for task in incident.tasks where task.isOpen {
            if random.chance(0.9) {
                try run(.completeTask(id, task.id, note: nil))
            } else {
                try run(.cancelTask(id, task.id, reason: "Ikke lenger aktuelt"))
            }
        }
    }

    mutating func returnForms(_ id: IncidentID, share: Double) throws {
        guard let incident = writer.state[id] else { return }
        for form in incident.forms where form.status == .issued && random.chance(share) {
            try run(.advanceForm(id, form.serial, to: .returned), after: TimeInterval(random.int(5...60)))
        }
    }

    /// Every form returned, entered and verified (a few waived), over the re-entry days.
    mutating func settleForms(_ id: IncidentID) throws {
        guard let incident = writer.state[id] else { return }
        for form in incident.forms where !form.status.isSettled {
            if random.chance(0.03) {
                try run(.waiveForm(id, form.serial, reason: "Skjemaet ble ikke brukt"), after: 60)
                continue
            }
            var status = form.status
            while let next = status.next {
                try run(.advanceForm(id, form.serial, to: next), after: TimeInterval(random.int(10...300)))
                status = next
            }
        }
    }

    mutating func message(_ id: IncidentID, _ kind: Kind) throws {
        let drafted = try run(.draftMessage(id, template: "ansatte-driftsstans", recipients: "Alle ansatte", nextUpdate: nil, contact: nil,
                                            text: "\(kind.title): gå over til nødrutiner etter nødpermen. Ny melding om en time."))
        guard case .messageDrafted(let draft) = drafted[0].body else { return }
        try run(.approveMessage(id, draft.message), by: lead)
        try run(.sendMessage(id, draft.message, channel: "Intranett og SMS"))
    }

    mutating func logs(_ id: IncidentID, count: Int, spacing: TimeInterval? = nil) throws {
        for _ in 0..<count {
            // A late entry tells of something between the detection and now.
            let detected = writer.state[id]?.detectedAt ?? writer.clock
            let back = min(TimeInterval(random.int(5...40) * 60), writer.clock.timeIntervalSince(detected))
            let late = random.chance(0.1) && back > 0 ? writer.clock.addingTimeInterval(-back) : nil
            try run(.log(id, text: line()), after: spacing ?? pause(), occurred: late)
        }
    }

    mutating func line() -> String {
        let template = random.pick(Self.logLines)
        return template.contains("%@") ? template.replacingOccurrences(of: "%@", with: place()) : template
    }
}

import BeredskapCore
import BeredskapStore
import Foundation

/// `beredskap status` as text: Store computes the summary, the wording is the command line's.
extension StatusSummary {
    /// Norwegian text for a terminal or a printer, times on the organisation's clock. Free text is made inert.
    /// «Hva nå?» shows the first `next` items; the whole list is `beredskap next`.
    func text(now: Date, timeZone: TimeZone, next: [NextActionLine]) -> String {
        var lines: [String] = []
        if kind == "exercise" { lines.append("*** ØVELSE ***") }
        lines.append("BEREDSKAPSNIVÅ: \(level.uppercased())" + (levelReason.map { " (\(InertText.make($0)))" } ?? ""))
        if let readOnlyReason { lines.append("JOURNALEN ER SKRIVEBESKYTTET: \(readOnlyReason)") }
        lines.append("Journal: \(journal)  Segl: \(seal)")
        if !roles.isEmpty {
            lines.append("Krisestab: " + roles.sorted { $0.key < $1.key }.map { "\($0.key): \(InertText.make($0.value))" }.joined(separator: ", "))
        }
        lines += whatNow(next, timeZone)
        if openIncidents.isEmpty { lines.append("Ingen åpne hendelser.") }
        for incident in openIncidents {
            lines.append("")
            lines.append("\(incident.id)  \(InertText.make(incident.title))  [fase: \(incident.phase)]")
            var clock = "  Avbrudd: \(Minutes.describe(seconds: TimeInterval(incident.outageMinutes * 60)))"
            if let max = incident.maxOutageMinutes {
                clock += " av maks \(Minutes(max))" + (incident.maxOutageExceeded ? " — MAKSIMAL AVBRUDDSTID OVERSKREDET" : "")
            }
            if incident.restoredAt != nil { clock += " (gjenopprettet)" }
            lines.append(clock)
            if let severity = incident.severity {
                lines.append("  Alvorlighetsgrad: \(severity); systemer: \(incident.systems.map(InertText.make).joined(separator: ", "))"
                    + (incident.suggestedLevel.map { "; foreslått nivå: \($0)" } ?? ""))
            }
            if let deadline = incident.privacyBreachDeadline {
                let left = deadline.timeIntervalSince(now)
                lines.append("  72-timersfrist til Datatilsynet: \(Timestamps.local(deadline, timeZone: timeZone))"
                    + (left < 0 ? " — OVERSKREDET" : " (\(Minutes.describe(seconds: left)) igjen)"))
            }
            for due in incident.deadlines {
                lines.append("  \(due.overdue ? "FORSINKET" : "Frist    ") \(Timestamps.local(due.due, timeZone: timeZone))  \(InertText.make(due.title))")
            }
            if !incident.outstandingNotifications.isEmpty {
                let tried = incident.outstandingNotifications.filter { $0.attempts > 0 }.map(\.id)
                lines.append("  Ikke varslet: \(incident.outstandingNotifications.count)"
                    + (tried.isEmpty ? "" : " (forsøkt uten å nå fram: \(tried.joined(separator: ", ")))")
                    + "; registrer med `beredskap call`")
                for duty in incident.outstandingNotifications where duty.due == nil {
                    lines.append("  Uten frist [\(duty.id)]  Varsle \(InertText.make(duty.recipient))")
                }
            }
            if !incident.unsettledForms.isEmpty {
                lines.append("  Papirskjema ikke ajourført: \(incident.unsettledForms.count)")
            }
        }
        if closedIncidents > 0 { lines.append("\nAvsluttede hendelser: \(closedIncidents)") }
        lines += evaluationLines(timeZone)
        return lines.joined(separator: "\n")
    }

    /// The first items of «Hva nå?», each with its command; the rest are a `beredskap next` away.
    private func whatNow(_ next: [NextActionLine], _ timeZone: TimeZone) -> [String] {
        let shown = next.prefix(Self.whatNowShown)
        var lines = ["", "Hva nå?"] + shown.enumerated().map { $0.element.text(number: $0.offset + 1, timeZone: timeZone) }
        if next.count > shown.count { lines.append("   … og \(next.count - shown.count) til: `beredskap next`") }
        return lines
    }

    private static let whatNowShown = 5

    /// The exercise, the open corrective actions and procedures due for their yearly test.
    private func evaluationLines(_ timeZone: TimeZone) -> [String] {
        var lines: [String] = []
        if let exercise {
            let clock = exercise.ended ? "avsluttet" : exercise.paused ? "står stille" : "går"
            lines.append("\nØvelse: \(InertText.make(exercise.title)) – øvelsesklokke \(exercise.clock) (\(clock)"
                + (exercise.tempo == 1 ? "" : ", tempo \(ExerciseTempo(exercise.tempo).map(\.description) ?? "\(exercise.tempo)")") + "); "
                + "\(exercise.injectsReleased) innspill gitt ut" + (exercise.injectsDue.isEmpty ? "" : "; forfalt: \(exercise.injectsDue.joined(separator: ", "))"))
        }
        if !correctiveActions.isEmpty {
            lines.append("\nÅpne tiltak fra evalueringer: \(correctiveActions.count) (`beredskap action list`)")
            for action in correctiveActions {
                let id = action.exercise.map { "\(action.id) i øvelse \($0)" } ?? action.id
                lines.append("  \(action.overdue ? "FORFALT" : "Frist  ") \(Timestamps.day(action.due, timeZone: timeZone))  [\(id)] "
                    + "\(InertText.make(action.owner)): \(InertText.make(action.text))")
            }
        }
        if !repeatedDeviations.isEmpty {
            lines.append("\nGjentatte avvik (Normen 5.8.1; `beredskap avvik show ID`):")
            lines += repeatedDeviations.map { "  \($0.id): \(InertText.make($0.warning))" }
        }
        if testPlan.contains(where: { !$0.overdue.isEmpty }) {
            lines.append("\nTestplanen (testplan.yaml) mot gjennomført i år, forfalte tester:")
            lines += testPlan.filter { !$0.overdue.isEmpty }.map { "  \(InertText.make($0.title)): \(InertText.make($0.summary))" }
        }
        if !proceduresDueForTest.isEmpty {
            lines.append("\nIkke testet siste \(exerciseIntervalDays) dager (Normen 5.9): " + proceduresDueForTest.joined(separator: ", "))
        }
        return lines
    }
}

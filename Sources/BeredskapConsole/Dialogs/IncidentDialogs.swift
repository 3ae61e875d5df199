import BeredskapCore
import BeredskapStore
import Foundation

/// Opening an incident, a log line, the initial assessment and the level decision.
extension ConsoleModel {
    func newIncidentDialog() -> Dialog {
        let title = Question.text("Ny hendelse, hva er nede? ")
        return Dialog("Ny hendelse", [title]) { answers in
            .execute(.openIncident(title: answers[title], detectedBy: nil), occurred: nil)
        }
    }

    /// Planlagt nedetid (an upgrade, a maintenance window): handled like an incident, reported apart from unplanned
    /// outages (factsheet 12). A separate key, so the 03:00 alarm is one question.
    func plannedOutageDialog() -> Dialog {
        let title = Question.text("Planlagt nedetid, hva tas ned? ")
        return Dialog("Planlagt nedetid (rapporteres for seg)", [title]) { answers in
            .execute(.openIncident(title: answers[title], detectedBy: nil, planned: true), occurred: nil)
        }
    }

    /// `t 03:12 Sengepost 3B ringte` makes a late entry: it happened at 03:12.
    func logDialog() -> Dialog {
        let (incident, now, calendar) = (selectedIncident, now, calendar)
        let line = Question.text("Logg (t tt:mm først for etterregistrering): ")
        return Dialog("Logg", [line]) { answers in
            let (occurred, text) = LateEntry.split(answers[line], now: now, calendar: calendar)
            return .execute(.log(incident, text: text), occurred: occurred)
        }
    }

    /// Factsheet 2a: which systems, what kind, how bad, what it means; the register shows the blast radius,
    /// the strictest max outage and a suggested level while the questions are answered. A person decides the level.
    func triageDialog() throws(NotNow) -> Dialog {
        try triageDialog(of: requireIncident())
    }

    /// The triage of `incident`; a triage redone starts from the last one, everything marked and typed as it was.
    /// `afterwards` makes the dialog that follows once it is saved (a correction that points at it).
    func triageDialog(of incident: Incident, afterwards: (@Sendable ([TimelineEntry]) -> Dialog?)? = nil) throws(NotNow) -> Dialog {
        let organisation = state.organisation
        guard !organisation.systems.isEmpty else { throw NotNow("Systemregisteret er tomt; vurder med `beredskap triage`.") }
        let ranked = organisation.systems.sorted { (rank(of: $0), $0.name) < (rank(of: $1), $1.name) }
        let last = incident.triage
        let triage = TriageFields(
            systems: Question.choices("Hvilke systemer er nede? (mellomrom merker)", ranked.map(\.id), key: \.rawValue, label: { id in
                (organisation.system(id)?.name ?? id.rawValue) + (organisation.maxOutage(of: id).map { " (maks \($0))" } ?? "")
            }, marked: last?.systems ?? []),
            category: Question.choice("Hva slags hendelse?", organisation.categories, key: \.id.rawValue, label: \.name,
                                      initial: last.flatMap { organisation.category($0.category) }),
            severity: Question.choice("Alvorlighetsgrad", Severity.allCases, initial: last?.severity ?? .high),
            consequence: Question.text("Konsekvens for pasienter og drift: ", initial: last?.consequence ?? ""),
            duration: Question.optionalText("Forventet varighet (90 eller 2t; tomt om ukjent): ",
                                            initial: last?.expectedDuration.map { String($0.value) } ?? ""))
        let title = (last == nil ? "Vurdering av " : "Ny vurdering av ") + "\(incident.id) (faktaark 2a)"
        return Dialog(title, [triage.systems, triage.category, triage.severity, triage.consequence, triage.duration], preview: { answers in
            Self.registerPreview(triage, answers, organisation: organisation)
        }) { answers throws(DialogProblem) in
            guard let category = answers[triage.category] else { throw DialogProblem(triage.category, "Velg hva slags hendelse det er.") }
            let input = TriageInput(systems: answers[triage.systems], category: category.id,
                                    severity: answers[triage.severity] ?? .high, consequence: answers[triage.consequence],
                                    expectedDuration: try AnswerParsing.duration(triage.duration, in: answers))
            guard let afterwards else { return .execute(.triage(incident.id, input), occurred: nil) }
            return .executeThen(.triage(incident.id, input), then: afterwards)
        }
    }

    /// The triage questions, which the register preview reads as they are answered.
    struct TriageFields: Sendable {
        var systems: Field<[SystemID]>
        var category: Field<CategoryDefinition?>
        var severity: Field<Severity?>
        var consequence: Field<String>
        var duration: Field<String?>
    }

    private func rank(of system: SystemEntry) -> Int { state.organisation.criticalityClass(system.classID)?.rank ?? Int.max }

    /// What the register says about the systems marked so far.
    static func registerPreview(_ triage: TriageFields, _ answers: Answers, organisation: Organisation) -> [String] {
        let systems = answers[triage.systems]
        guard !systems.isEmpty else { return ["Merk systemene som er nede; registeret viser hva som rammes."] }
        let dependents = organisation.blastRadius(of: systems)
        let strictest = organisation.strictest(systems + dependents)
        var lines = ["Også rammet via avhengigheter: " + (dependents.isEmpty ? "ingen" : dependents.map { organisation.system($0)?.name ?? $0.rawValue }.joined(separator: ", "))]
        lines.append("Strengeste maksimale avbruddstid: " + (strictest.maxOutage.map(\.description) ?? "ukjent"))
        if let severity = answers[triage.severity] {
            let expected = try? AnswerParsing.duration(triage.duration, in: answers)
            let level = LevelSuggestion.suggest(severity: severity, expected: expected ?? nil, maxOutage: strictest.maxOutage,
                                                criticalRank: strictest.rank)
            lines.append("Foreslått beredskapsnivå: \(level.word) (en person beslutter; s setter nivået)")
        }
        return lines
    }

    /// Factsheet 2c: the level is a cited decision by a person; the suggestion from the assessment is marked.
    func levelDialog() -> Dialog {
        let suggested = incident?.triage?.suggestedLevel
        let current = state.level
        let organisation = state.organisation
        let level = Question.choice("Nytt beredskapsnivå", ReadinessLevel.allCases, label: { level in
            let definition = organisation.level(level).map { ": " + $0.meaning } ?? ""
            let marks = [level == current ? "nå" : nil, level == suggested ? "foreslått" : nil].compactMap { $0 }
            return level.word + (marks.isEmpty ? "" : " (" + marks.joined(separator: ", ") + ")") + definition
        }, initial: suggested ?? current)
        let reason = Question.text("Begrunnelse for nivået: ")
        let incidents = selectedIncident.map { [$0] } ?? []
        let relay = RelayQuestion(.level, in: self)
        return Dialog("Beredskapsnivå (faktaark 2c)", RelayQuestion.fields([level, reason], relay)) { answers in
            .execute(.setLevel(answers[level] ?? current, reason: answers[reason], incidents: incidents), occurred: nil,
                     onBehalfOf: answers[relay])
        }
    }
}

import BeredskapCore
import Foundation

/// Opening an incident, a log line, the initial assessment and the level decision.
extension ConsoleModel {
    func newIncidentDialog() -> Dialog {
        Dialog("Ny hendelse", [.text("Ny hendelse, hva er nede? ")]) { answers in
            .execute(.openIncident(title: answers.text(0), detectedBy: nil), occurred: nil)
        }
    }

    /// `t 03:12 Sengepost 3B ringte` makes a late entry: it happened at 03:12.
    func logDialog() -> Dialog {
        let (incident, now, calendar) = (selectedIncident, now, calendar)
        return Dialog("Logg", [.text("Logg (t tt:mm først for etterregistrering): ")]) { answers in
            let (occurred, text) = LateEntry.split(answers.text(0), now: now, calendar: calendar)
            return .execute(.log(incident, text: text), occurred: occurred)
        }
    }

    /// Factsheet 2a: which systems, what kind, how bad, what it means; the register shows the blast radius,
    /// the strictest max outage and a suggested level while the questions are answered. A person decides the level.
    func triageDialog() throws(NotNow) -> Dialog {
        let incident = try requireIncident()
        let organisation = state.organisation
        guard !organisation.systems.isEmpty else { throw NotNow("Systemregisteret er tomt; vurder med `beredskap triage`.") }
        let systems = organisation.systems.sorted { (rank(of: $0), $0.name) < (rank(of: $1), $1.name) }.map { system in
            Choice(system.id.rawValue, system.name + (organisation.maxOutage(of: system.id).map { " (maks \($0))" } ?? ""))
        }
        let categories = organisation.categories.map { Choice($0.id.rawValue, $0.name) }
        let severities = Severity.allCases.map { Choice($0.rawValue, $0.rawValue) }
        return Dialog("Vurdering av \(incident.id) (faktaark 2a)", [
            .choices("Hvilke systemer er nede? (mellomrom merker)", systems),
            .choice("Hva slags hendelse?", categories),
            .choice("Alvorlighetsgrad", severities, initial: Severity.high.rawValue),
            .text("Konsekvens for pasienter og drift: "),
            .text("Forventet varighet (90 eller 2t; tomt om ukjent): ", optional: true),
        ], preview: { answers in
            Self.registerPreview(answers, organisation: organisation)
        }) { answers throws(DialogProblem) in
            let input = TriageInput(systems: answers.all(0).map(SystemID.init(rawValue:)), category: CategoryID(answers.text(1)),
                                    severity: Severity(rawValue: answers.text(2)) ?? .high, consequence: answers.text(3),
                                    expectedDuration: try AnswerParsing.duration(answers.text(4), question: 4))
            return .execute(.triage(incident.id, input), occurred: nil)
        }
    }

    private func rank(of system: SystemEntry) -> Int { state.organisation.criticalityClass(system.classID)?.rank ?? Int.max }

    /// What the register says about the systems marked so far.
    static func registerPreview(_ answers: Answers, organisation: Organisation) -> [String] {
        let systems = answers.all(0).map(SystemID.init(rawValue:))
        guard !systems.isEmpty else { return ["Merk systemene som er nede; registeret viser hva som rammes."] }
        let dependents = organisation.blastRadius(of: systems)
        let strictest = organisation.strictest(systems + dependents)
        var lines = ["Også rammet via avhengigheter: " + (dependents.isEmpty ? "ingen" : dependents.map { organisation.system($0)?.name ?? $0.rawValue }.joined(separator: ", "))]
        lines.append("Strengeste maksimale avbruddstid: " + (strictest.maxOutage.map(\.description) ?? "ukjent"))
        if let severity = Severity(rawValue: answers.text(2)) {
            let expected = try? AnswerParsing.duration(answers.text(4), question: 4)
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
        let levels = ReadinessLevel.allCases.map { level in
            let definition = state.organisation.level(level).map { ": " + $0.meaning } ?? ""
            let marks = [level == current ? "nå" : nil, level == suggested ? "foreslått" : nil].compactMap { $0 }
            return Choice(level.rawValue, level.word + (marks.isEmpty ? "" : " (" + marks.joined(separator: ", ") + ")") + definition)
        }
        let incidents = selectedIncident.map { [$0] } ?? []
        return Dialog("Beredskapsnivå (faktaark 2c)", [
            .choice("Nytt beredskapsnivå", levels, initial: (suggested ?? current).rawValue),
            .text("Begrunnelse for nivået: "),
        ]) { answers in
            .execute(.setLevel(ReadinessLevel(rawValue: answers.text(0)) ?? current, reason: answers.text(1), incidents: incidents), occurred: nil)
        }
    }
}

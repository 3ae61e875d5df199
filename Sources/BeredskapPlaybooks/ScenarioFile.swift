import BeredskapCore
import Foundation

/// An inject as read, with the places later checks point at: its role, its text and its expectations' objectives.
private struct ParsedInject {
    var value: Inject
    var location: Location
    var text: Located<String>
    var objectives: [Located<String>]
}

/// `ovelser/*.yaml`: one tabletop exercise scenario per file (factsheet 3b-3c): objectives tied to factsheet steps,
/// participants by role, the start situation, injects at T+mm with their expected actions, hot-wash questions, and
/// optionally when T+0 is in the scenario's own world (`start_time`).
enum ScenarioFile {
    static func read(_ file: YAMLFile, context: LoadContext) -> ExerciseScenario? {
        let required = ["id", "title", "version", "duration", "procedures", "objectives", "participants",
                        "start_situation", "injects", "questions"]
        guard let top = file.topLevel(required: required, optional: ["start_time"], kind: .scenario, context: context) else { return nil }
        let id = top.identifier(.scenario)
        let title = top.text("title")
        let version = top.string("version")
        let duration = top.duration("duration")
        let startTime = top.has("start_time") ? top.timeOfDay("start_time") : nil
        let procedures = top.references(.procedure, "procedures").map(\.value)
        let objectives = top.items("objectives", subject: Kind.objective.subject, required: ["id", "text", "factsheet"])
            .compactMap { objective($0, scope: file.path) }
        let participants = top.items("participants", subject: Subject(definite: "deltakeren", indefinite: "en deltaker"),
                                     idKey: "role", required: ["role", "task"]).compactMap(participant)
        let start = top.text("start_situation")
        let injects = top.items("injects", subject: Kind.inject.subject, required: ["id", "at", "to", "from", "text"],
                                optional: ["expect"]).compactMap { inject($0, scope: file.path) }
        let questions = top.texts("questions")
        for key in ["procedures", "objectives", "participants", "injects", "questions"] where top.isEmptyList(key) {
            context.lint.error("«\(key)» i \(top.label) er tom", at: top.keyLocation(key), hint: "et scenario trenger minst ett element her")
        }
        for text in [title, start].compactMap({ $0 }) + questions + injects.map(\.text) {
            refuseIdentityNumber(text.value, at: text.location, lint: context.lint)
        }
        crossCheck(objectives: objectives, participants: participants, injects: injects, duration: duration, in: top)
        guard let id, let title, let version, let duration, let start else { return nil }
        return ExerciseScenario(
            id: id.value, title: title.value, version: version, contentHash: ContentHash.of(file.bytes),
            duration: duration, procedures: procedures.map(ProcedureID.init(rawValue:)), objectives: objectives.map(\.value),
            participants: participants.map(\.value), startSituation: start.value.trimmingCharacters(in: .whitespacesAndNewlines), injects: injects.map(\.value),
            questions: questions.map(\.value), startTime: startTime)
    }

    private static func objective(_ item: MappingReader, scope: String) -> Located<ExerciseObjective>? {
        let id = item.identifier(.objective, scope: scope)
        let text = item.string("text")
        let steps = item.texts("factsheet")
        for step in steps where !ProcedureFile.factsheetSteps.contains(step.value) {
            item.context.lint.error("ukjent punkt «\(step.value)» fra faktaarket i \(item.label)", at: step.location,
                                    hint: "faktaarket har punktene 1a–1g, 2a–2k og 3a–3d")
        }
        if item.has("factsheet"), steps.isEmpty {
            item.context.lint.error("\(item.label) viser ikke til noe punkt i faktaarket", at: item.keyLocation("factsheet"),
                                    hint: "skriv punktene målet øver på, f.eks. «factsheet: [2c, 2d]»")
        }
        guard let id, let text else { return nil }
        return Located(value: ExerciseObjective(id: ObjectiveID(id.value), text: text, factsheet: steps.map(\.value)), location: id.location)
    }

    private static func participant(_ item: MappingReader) -> Located<Participant>? {
        guard let role = item.reference(.role, "role"), let task = item.string("task") else { return nil }
        return Located(value: Participant(role: RoleID(role.value), task: task), location: role.location)
    }

    private static func inject(_ item: MappingReader, scope: String) -> ParsedInject? {
        let id = item.identifier(.inject, scope: scope)
        let at = item.offset("at")
        let to = item.reference(.role, "to")
        let from = item.string("from")
        let text = item.text("text")
        var objectives: [Located<String>] = []
        let expectations: [Expectation] = item.items("expect", subject: Kind.expectation.subject, required: ["id", "text", "objective"])
            .compactMap { expectation in
                let id = expectation.identifier(.expectation, scope: scope)
                let text = expectation.string("text")
                let objective = expectation.text("objective")
                guard let id, let text, let objective else { return nil }
                objectives.append(objective)
                return Expectation(id: ExpectationID(id.value), text: text, objective: ObjectiveID(objective.value))
            }
        guard let id, let at, let to, let from, let text else { return nil }
        let inject = Inject(id: InjectID(id.value), at: at, to: RoleID(to.value), from: from, text: text.value, expectations: expectations)
        return ParsedInject(value: inject, location: to.location, text: text, objectives: objectives)
    }

    /// References inside the scenario, and what makes a scenario unusable for evaluation even though it reads.
    private static func crossCheck(objectives: [Located<ExerciseObjective>], participants: [Located<Participant>],
                                   injects: [ParsedInject],
                                   duration: Minutes?, in top: MappingReader) {
        let lint = top.context.lint
        let objectiveIDs = objectives.map(\.value.id.rawValue)
        for reference in injects.flatMap(\.objectives) where !objectiveIDs.contains(reference.value) {
            lint.error("«objective» viser til ukjent øvingsmål «\(reference.value)» i \(top.label)", at: reference.location,
                       hint: NearestKey.hint(for: reference.value, among: objectiveIDs, otherwise: "øvingsmålene står under «objectives»"))
        }
        let roles = Set(participants.map(\.value.role))
        for inject in injects where !roles.contains(inject.value.to) {
            lint.warning("innspillet «\(inject.value.id)» går til rollen «\(inject.value.to)», som ikke er blant deltakerne",
                         at: inject.location, hint: "legg rollen til under «participants», eller send innspillet til en deltaker")
        }
        for inject in injects {
            guard let duration, inject.value.at > duration else { continue }
            lint.warning("innspillet «\(inject.value.id)» kommer ved T+\(inject.value.at), etter at øvelsen er planlagt slutt (\(duration))",
                         at: inject.location, hint: "øk «duration», eller flytt innspillet fram")
        }
        let assessed = Set(injects.flatMap(\.objectives).map(\.value))
        for objective in objectives where !assessed.contains(objective.value.id.rawValue) {
            lint.warning("\(Kind.objective.subject.named(objective.value.id.rawValue)) har ingen forventet handling, så det kan ikke evalueres",
                         at: objective.location, hint: "knytt minst én forventning («expect») i et innspill til målet")
        }
    }

    /// Scenario text goes into the exercise journal: like any text there, it must never identify a patient. Also
    /// the check of an MSEL import.
    static func refuseIdentityNumber(_ text: String, at location: Location, lint: Lint) {
        guard NationalIdentityNumber.isPresent(in: text) else { return }
        lint.error("teksten ser ut til å inneholde et fødselsnummer eller D-nummer", at: location,
                   hint: "scenarier bruker aldri ekte eller gyldige fødselsnumre; vis til pasienter med avdeling og seng (Normen 2.3)")
    }
}

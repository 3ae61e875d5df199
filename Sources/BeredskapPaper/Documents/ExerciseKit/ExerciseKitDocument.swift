import BeredskapCore

/// The facilitator's printed kit for a scenario, before the day (HSEEP: MSEL inject cards, participant handout,
/// exercise evaluation guide, participant feedback form). Each is printed from the playbooks alone, with ØVELSE on
/// every page.
public enum ExerciseKitDocument: String, CaseIterable, Sendable {
    /// One card per inject and page, with the expected actions: the controller's copy.
    case injectCards = "innspill"
    /// One card per inject and page, without the expected actions: to hand the role it goes to.
    case participantCards = "innspill-deltaker"
    /// Start situation, objectives, participants and the rules; no injects.
    case handout = "deltaker"
    /// The expectations per objective with room for notes and a rating to tick.
    case evaluatorGuide = "evaluator"
    /// Statements rated 1–5 and open questions.
    case feedbackForm = "tilbakemelding"

    public func document(_ scenario: ExerciseScenario, organisation: Organisation) -> PaperDocument {
        let kit = ScenarioKit(scenario: scenario, organisation: organisation)
        return switch self {
        case .injectCards: InjectCards(kit: kit, withExpectations: true).document
        case .participantCards: InjectCards(kit: kit, withExpectations: false).document
        case .handout: ParticipantHandout(kit: kit).document
        case .evaluatorGuide: EvaluatorGuide(kit: kit).document
        case .feedbackForm: FeedbackForm(kit: kit).document
        }
    }
}

/// What every document of the kit reads from the scenario and the organisation.
struct ScenarioKit {
    let scenario: ExerciseScenario
    let organisation: Organisation

    /// A role by its name, as people read it.
    func roleName(_ id: RoleID) -> String { organisation.role(id)?.name ?? id.rawValue }

    /// `T+20`, the exercise clock's own format, with the scenario's time of day where it has a start time:
    /// `T+20 (02.10 i scenariet)`.
    func time(_ at: Minutes) -> String { scenario.clockTime(at.seconds).description }

    /// Every page says which scenario, version and file content it was printed from.
    func mark(_ document: String) -> DocumentMark {
        DocumentMark(id: "\(document) \(scenario.id)", version: scenario.version, contentHash: scenario.contentHash)
    }

    /// The lines under every title: this is an exercise, and which one.
    var opening: [Block] {
        [.paragraph("ØVELSE – \(scenario.title)"),
         .note("Scenario \(scenario.id), versjon \(scenario.version) · \(organisation.name) · planlagt varighet \(scenario.duration)")]
    }

    /// A line of boxes to tick, one per rating, in the words the facilitator's screen and the report use.
    static let ratingBoxes = ExpectationRating.allCases.map { "☐ \($0.word)" }.joined(separator: "     ")
}

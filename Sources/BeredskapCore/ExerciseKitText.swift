/// The words of the facilitator's printed kit that belong to the organisation rather than the program
/// (organisasjon.yaml `exercise_kit`): the rules of play on the participant handout, and the participant feedback
/// form's statements (rated 1–5) and open questions.
public struct ExerciseKitText: Sendable, Equatable {
    public var rules: [String]
    /// Rated from 1 (helt uenig) to 5 (helt enig).
    public var statements: [String]
    /// Answered in free text.
    public var questions: [String]

    public init(rules: [String] = [], statements: [String] = [], questions: [String] = []) {
        self.rules = rules
        self.statements = statements
        self.questions = questions
    }
}

import BeredskapCore

/// The last question before a step that cannot be taken back (an inject released ahead of its time, skipped, ENDEX):
/// «nei» is chosen until the facilitator picks «ja».
struct Confirmation {
    let field: Field<Bool?>

    init(_ prompt: String) {
        field = Question.choice(prompt, [false, true], key: { $0 ? "ja" : "nei" }, label: { $0 ? "Ja" : "Nei, avbryt" }, initial: false)
    }

    /// `action` when «ja» was chosen; otherwise the dialog closes and nothing is written.
    func outcome(_ answers: Answers, _ action: Action) -> DialogOutcome {
        answers[field] == true ? .execute(action, occurred: nil) : .view { _ in }
    }
}

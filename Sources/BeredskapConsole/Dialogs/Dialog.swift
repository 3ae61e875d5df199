import BeredskapCore
import BeredskapStore
import Foundation

/// One answer offered by a choice question.
public struct Choice: Hashable, Sendable {
    /// What the answer records, and what its `Field` finds the option by; typing matches it as well as the label.
    public var value: String
    public var label: String

    public init(_ value: String, _ label: String) {
        self.value = value
        self.label = label
    }
}

/// One question of a dialog: typed on the input line, or picked from a list drawn over the body.
public struct Question: Sendable {
    public enum Kind: Sendable, Equatable {
        /// Typed text; `optional` lets Enter pass with nothing typed.
        case text(optional: Bool)
        /// One of the choices: ↑↓ and Enter; typing narrows the list.
        case choice([Choice])
        /// Any number of the choices: Space marks, Enter goes on (at least one must be marked); typing narrows the list.
        case choices([Choice])
        /// No answer: text to read whole, wrapped over the body; ↑↓ scroll, Enter or Esc closes.
        case reading(String)
    }

    /// Answers are found by this, never by the question's place in the dialog.
    public let id = QuestionID()
    public var prompt: String
    public var kind: Kind
    /// Pre-filled text, or the value of the choice the cursor starts on.
    public var initial: String
    /// The values of a multiple choice marked when the question starts (a triage redone starts from the last one).
    public var initialMarks: [String] = []

    var choices: [Choice] {
        switch kind {
        case .text, .reading: []
        case .choice(let choices), .choices(let choices): choices
        }
    }
}

/// Which question an answer belongs to.
public struct QuestionID: Hashable, Sendable {
    private let value = UUID()
}

/// What finishing a dialog leads to.
public enum DialogOutcome: Sendable {
    /// Decide and write durably, possibly as a late entry; `onBehalfOf` names who took a reserved decision that
    /// the operator relays.
    case execute(Action, occurred: Date?, onBehalfOf: String? = nil)
    /// Decide and write durably, then go on with the dialog made from what was saved (a correction that must
    /// point at the triage just written).
    case executeThen(Action, then: @Sendable (_ saved: [TimelineEntry]) -> Dialog?)
    /// Go on with another dialog (a choice that decides what to ask next).
    case next(Dialog)
    /// Change only what this console shows (a filter); nothing is written.
    case view(@Sendable (inout ConsoleModel) -> Void)
}

/// Answers that cannot become a command: the message says why, and the dialog goes back to that question.
public struct DialogProblem: Error, Sendable {
    public var question: QuestionID
    public var message: String

    public init(_ field: some DialogField, _ message: String) {
        self.init(question: field.question.id, message)
    }

    init(question: QuestionID, _ message: String) {
        self.question = question
        self.message = message
    }
}

/// A short run of questions that ends in a command (or a view change). Typed text is kept until the journal
/// has it: a refusal or a full disk leaves the dialog open with everything in it.
public struct Dialog: Sendable {
    public var title: String
    public var questions: [Question]
    public private(set) var answers = Answers()
    /// The question being answered.
    public private(set) var current = 0
    /// The text typed for the current text question, or the filter typed over a list of choices.
    public var text: String
    /// The highlighted line among the choices the filter lets through.
    public var cursor: Int
    /// The marked choices of a multiple choice, by value.
    public var marked: Set<String> = []
    /// Lines drawn with the questions (what the register says, what blocks closing), from the answers so far.
    let preview: @Sendable (Answers) -> [String]
    let finish: @Sendable (Answers) throws(DialogProblem) -> DialogOutcome

    /// Asks `fields` in this order; `finish` and `preview` read each answer through its field.
    public init(_ title: String, _ fields: [any DialogField], preview: @escaping @Sendable (Answers) -> [String] = { _ in [] },
                finish: @escaping @Sendable (Answers) throws(DialogProblem) -> DialogOutcome) {
        self.title = title
        questions = fields.map(\.question)
        self.preview = preview
        self.finish = finish
        text = ""
        cursor = 0
        start(0)
    }

    public var question: Question { questions[current] }
    public var isLast: Bool { current == questions.count - 1 }
    /// A one-line dialog (a log line) keeps the screen under it visible.
    public var isSingleLine: Bool {
        questions.count == 1 && { if case .text = questions[0].kind { true } else { false } }()
    }
    public var previewLines: [String] { preview(answersIncludingCurrent) }

    /// The answers with what is highlighted or typed now, so the preview follows the cursor.
    var answersIncludingCurrent: Answers {
        var answers = answers
        answers.append(currentValues, for: question)
        return answers
    }

    /// The choices whose label or value contains the typed filter, in their order.
    public var visibleChoices: [Choice] {
        let filter = text.lowercased()
        return filter.isEmpty ? question.choices
            : question.choices.filter { $0.label.lowercased().contains(filter) || $0.value.lowercased().contains(filter) }
    }

    var highlighted: Choice? { visibleChoices.indices.contains(cursor) ? visibleChoices[cursor] : nil }

    var currentValues: [String] {
        switch question.kind {
        case .text: [text.trimmingCharacters(in: .whitespaces)]
        case .choice: highlighted.map { [$0.value] } ?? []
        case .choices(let choices): choices.map(\.value).filter(marked.contains)
        case .reading: []
        }
    }

    /// Narrows the choices (or edits the text); the cursor goes back to the first choice that is left.
    mutating func type(_ character: Character?) {
        if case .reading = question.kind { return }
        if let character { text.append(character) } else if !text.isEmpty { text.removeLast() }
        if case .text = question.kind { return }
        cursor = 0
    }

    /// Marks or unmarks the highlighted choice of a multiple choice.
    mutating func toggle() {
        guard let value = highlighted?.value else { return }
        if marked.contains(value) { marked.remove(value) } else { marked.insert(value) }
    }

    /// Takes the current answer. Returns the outcome after the last question; nil while questions remain.
    /// Throws when the answer is missing or the answers cannot become a command.
    mutating func answer() throws(DialogProblem) -> DialogOutcome? {
        let values = currentValues
        switch question.kind {
        case .text(let optional):
            guard optional || !(values.first ?? "").isEmpty else { throw DialogProblem(question: question.id, "Skriv noe, eller Esc for å avbryte.") }
        case .choice:
            guard !values.isEmpty else { throw DialogProblem(question: question.id, "Ingenting å velge.") }
        case .choices:
            guard !values.isEmpty else { throw DialogProblem(question: question.id, "Merk minst ett valg med mellomrom.") }
        case .reading:
            break
        }
        answers.append(values, for: question)
        guard isLast else {
            start(current + 1)
            return nil
        }
        // Back to the last question as it was before Enter, whatever happens: if the journal refuses or fails,
        // the dialog is still there with everything typed, and Enter tries again.
        do {
            let outcome = try finish(answers)
            back(to: current)
            return outcome
        } catch {
            back(to: questions.firstIndex { $0.id == error.question } ?? current)
            throw error
        }
    }

    /// Back to an earlier question with its answer restored, the later ones dropped.
    mutating func back(to index: Int) {
        let index = min(max(index, 0), questions.count - 1)
        let previous = answers.values(of: questions[index])
        answers.keepFirst(index)
        start(index)
        switch questions[index].kind {
        case .text: text = previous.first ?? text
        case .choice(let choices): cursor = choices.firstIndex { previous.contains($0.value) } ?? cursor
        case .choices: marked = Set(previous)
        case .reading: break
        }
    }

    private mutating func start(_ index: Int) {
        current = index
        if case .text = questions[index].kind { text = questions[index].initial } else { text = "" }
        cursor = questions[index].choices.firstIndex { $0.value == questions[index].initial } ?? 0
        marked = Set(questions[index].initialMarks)
    }
}

/// The answers given so far, each kept with its question: typed text, or the chosen choices' values.
public struct Answers: Sendable, Equatable {
    private struct Given: Sendable, Equatable {
        var question: QuestionID
        var values: [String]
    }

    /// In the order the questions were answered.
    private var given: [Given] = []

    /// The answer to `field`, read as its type says: "" or nil for text not typed yet, nil or none for choices not made.
    public subscript<Value>(field: Field<Value>) -> Value { field.read(values(of: field.question)) }

    /// What was typed or chosen for `question`, as the dialog shows it.
    public func values(of question: Question) -> [String] { given.first { $0.question == question.id }?.values ?? [] }

    mutating func append(_ values: [String], for question: Question) { given.append(Given(question: question.id, values: values)) }

    /// Drops the answers after the first `count`, to go back to an earlier question.
    mutating func keepFirst(_ count: Int) { given.removeLast(max(given.count - count, 0)) }
}

/// Anything a dialog can ask: a `Field`, whatever its answer's type.
public protocol DialogField: Sendable {
    var question: Question { get }
}

/// One question and what its answer is. A dialog asks its fields in the order listed, and the code that finishes
/// it reads each answer through its field (`answers[summary]`), so a reordered question cannot read another's answer.
public struct Field<Value: Sendable>: DialogField {
    public let question: Question
    let read: @Sendable (_ values: [String]) -> Value
}

extension Question {
    /// Typed text that must not be left empty.
    public static func text(_ prompt: String, initial: String = "") -> Field<String> {
        Field(question: Question(prompt: prompt, kind: .text(optional: false), initial: initial)) { $0.first ?? "" }
    }

    /// Typed text that may be left empty: nil then.
    public static func optionalText(_ prompt: String, initial: String = "") -> Field<String?> {
        Field(question: Question(prompt: prompt, kind: .text(optional: true), initial: initial)) { values in
            values.first.flatMap { $0.isEmpty ? nil : $0 }
        }
    }

    /// One of `options`, each listed by its label and found by typing its label or key; nil until one is chosen.
    public static func choice<Option: Sendable>(_ prompt: String, _ options: [Option], key: (Option) -> String, label: (Option) -> String,
                                                initial: Option? = nil) -> Field<Option?> {
        let keys = options.map(key)
        let choices = zip(keys, options).map { Choice($0, label($1)) }
        return Field(question: Question(prompt: prompt, kind: .choice(choices), initial: initial.map(key) ?? "")) { values in
            values.first.flatMap { value in keys.firstIndex(of: value) }.map { options[$0] }
        }
    }

    /// One case of an enum with Norwegian raw values, listed by `label`.
    public static func choice<Option: RawRepresentable & Sendable>(_ prompt: String, _ options: [Option],
                                                                   label: (Option) -> String = { $0.rawValue },
                                                                   initial: Option? = nil) -> Field<Option?> where Option.RawValue == String {
        choice(prompt, options, key: \.rawValue, label: label, initial: initial)
    }

    /// Any number of `options` (at least one must be marked), in the order listed; `marked` start marked.
    public static func choices<Option: Sendable>(_ prompt: String, _ options: [Option], key: (Option) -> String,
                                                 label: (Option) -> String, marked: [Option] = []) -> Field<[Option]> {
        let keys = options.map(key)
        let choices = zip(keys, options).map { Choice($0, label($1)) }
        return Field(question: Question(prompt: prompt, kind: .choices(choices), initial: "", initialMarks: marked.map(key))) { values in
            keys.indices.filter { values.contains(keys[$0]) }.map { options[$0] }
        }
    }
}

extension Question {
    /// Text to read whole (a long log line, a message): nothing to answer.
    public static func reading(_ prompt: String, _ text: String) -> Field<Void> {
        Field(question: Question(prompt: prompt, kind: .reading(text), initial: "")) { _ in }
    }
}

extension Field {
    /// The same question, its answer turned into what the dialog needs.
    public func map<Other: Sendable>(_ transform: @escaping @Sendable (Value) -> Other) -> Field<Other> {
        let read = read
        return Field<Other>(question: question) { transform(read($0)) }
    }
}

extension Field where Value == String {
    /// The same question read as optional text, for an answer that is required only sometimes.
    public var asOptional: Field<String?> { map { $0.isEmpty ? nil : $0 } }
}

/// The selected row of a list screen, and what the list was about when the row was chosen. When that changes
/// (another incident, the next phase, a new order), the same row would hold something else, so the selection
/// starts from the top again instead of pointing at a thing nobody chose.
public struct ListCursor<Subject: Equatable & Sendable>: Equatable, Sendable {
    private var subject: Subject?
    private var row = 0

    public init() {}

    /// The selected row of the list about `subject`: the first row when the selection was made for another.
    public func row(for subject: Subject) -> Int { subject == self.subject ? row : 0 }

    /// Selects `row`, kept within a list of `count` rows about `subject`.
    public mutating func select(_ row: Int, count: Int, for subject: Subject) {
        self.subject = subject
        self.row = min(max(row, 0), max(count - 1, 0))
    }

    /// Moves the selection `step` rows (up when negative), staying within the list.
    public mutating func move(by step: Int, count: Int, for subject: Subject) {
        select(row(for: subject) + step, count: count, for: subject)
    }
}

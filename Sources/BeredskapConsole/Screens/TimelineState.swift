import BeredskapCore
import BeredskapStore

/// The Tidslinje screen's state: the journal's lines as the store holds them, the filter and the lines it lets
/// through, and the selected line, which follows the newest until the operator moves.
public struct TimelineState: Sendable {
    /// Every line of the journal, in order, shared with the store; a line's text is made only when it is shown.
    public private(set) var lines = Timeline()
    /// The state the lines are read in: the organisation's names and clock, and which lines were corrected.
    public private(set) var state = State(organisation: .empty)
    var organisation: Organisation { state.organisation }
    /// A new filter shows other lines, so the selection goes back to following the newest.
    public var filter = TimelineFilter() {
        didSet {
            filtered = Timeline(filter.apply(to: lines, in: state))
            chosen = nil
        }
    }
    /// The lines the filter lets through, kept so a frame does not filter the whole journal again.
    private var filtered = Timeline()
    /// The row the operator moved to among the visible lines; nil until they move.
    private var chosen: Int?

    /// The lines as the filter leaves them.
    public var visible: Timeline { filter.isActive ? filtered : lines }

    /// The selected row of `visible`: the newest until the operator moves; nil when nothing is shown.
    public var selectedRow: Int? {
        let count = visible.count
        return count == 0 ? nil : min(chosen ?? count - 1, count - 1)
    }

    /// The entry under the cursor.
    var selectedEntry: TimelineEntry? { selectedRow.map { visible[$0] } }

    mutating func move(by step: Int) {
        let count = visible.count
        chosen = min(max((chosen ?? count - 1) + step, 0), max(count - 1, 0))
    }

    /// Takes in the lines `all` has beyond ours, folded into `state`: the journal only grows.
    mutating func catchUp(with all: Timeline, in state: State) {
        self.state = state
        if let first = lines.first, first.seq != all.first?.seq {
            // The lines before a snapshot's arrived once verified: start over from the whole timeline.
            lines = Timeline()
            filtered = Timeline()
            chosen = nil
        }
        guard lines.count < all.count else { return }
        filtered.append(contentsOf: filter.apply(to: all[lines.count...], in: state))
        lines = all
    }
}

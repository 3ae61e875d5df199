import BeredskapCore

/// The overview's selected «Hva nå?» item. The list is Core's `NextActions.list`; when it changes (something done,
/// a deadline passed), the same row would name another action, so the selection starts from the first item again:
/// Enter never does something nobody looked at.
public struct OverviewState: Sendable {
    private var cursor = ListCursor<[NextAction]>()

    public init() {}

    /// The selected row of `items`: the first unless the person moved to another in this very list.
    public func selected(in items: [NextAction]) -> Int { cursor.row(for: items) }

    mutating func move(by step: Int, in items: [NextAction]) { cursor.move(by: step, count: items.count, for: items) }
}

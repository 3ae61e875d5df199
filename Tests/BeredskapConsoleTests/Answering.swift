@testable import BeredskapConsole
import BeredskapCore
import BeredskapStore
import Foundation
import Testing

extension Outage {
    /// Types each answer and presses Enter; the last Enter's effect is executed against the store, and the model
    /// takes in what was saved (or the refusal) as the app loop would.
    func answer(_ answers: [String], _ model: inout ConsoleModel) {
        var effect = Effect.none
        for text in answers {
            for character in text { _ = model.handle(.character(character)) }
            effect = model.handle(.enter)
        }
        run(effect, &model)
    }

    /// Presses `key` and runs what it asks of the journal.
    func press(_ key: Key, _ model: inout ConsoleModel) {
        run(model.handle(key), &model)
    }

    private func run(_ effect: Effect, _ model: inout ConsoleModel) {
        guard case .execute(let command) = effect else { return }
        do {
            let entries = try store.execute(command, now: Outage.now)
            model.sync(with: store)
            model.saved(entries)
        } catch {
            model.sync(with: store)
            model.fail(error)
        }
    }

    /// Puts the timeline's cursor on the line with `seq`.
    func select(seq: Int, _ model: inout ConsoleModel) throws {
        let index = try #require(model.timeline.visible.firstIndex { $0.seq == seq })
        model.timeline.move(by: index - (model.timeline.selectedRow ?? 0))
    }

    /// The seq of the last line whose event matches.
    func lastSeq(where matches: (EventBody) -> Bool) throws -> Int {
        try #require(store.timeline.last { $0.event.map { matches($0.body) } ?? false }?.seq)
    }
}

import BeredskapCore
import Foundation
import Synchronization

/// Core's «Hva nå?» for one state at one moment, worked out once: a key press on Oversikt asks for it to move the
/// selection and again to draw, and with years of unevaluated incidents each asking costs milliseconds.
///
/// Shared by copies of a model, so it is keyed by a number that is new for every state any model is given
/// (``ConsoleModel/state``'s `didSet`) and by the moment; a copy that changes its state never sees another's list.
final class WhatNowCache: Sendable {
    private static let versions = Atomic<Int>(0)

    /// A number no state has had before.
    static func nextVersion() -> Int { versions.add(1, ordering: .relaxed).newValue }

    private let entry = Mutex<(version: Int, now: Date, items: [NextAction])?>(nil)

    /// The list for the state numbered `version` at `now`, from the cache or worked out by `make`.
    func items(version: Int, now: Date, _ make: () -> [NextAction]) -> [NextAction] {
        if let hit = entry.withLock({ $0 }), hit.version == version, hit.now == now { return hit.items }
        let items = make()
        entry.withLock { $0 = (version, now, items) }
        return items
    }
}

import BeredskapCore
import Foundation

/// Everything a frame of `beredskap region console` shows: the Region screen's state, the moment (the outage
/// clocks tick on between readings) and the help. Keys update it; nothing here touches a terminal or a database.
public struct RegionConsoleModel: Sendable {
    public var region: RegionState
    public var now: Date
    public var timeZone: TimeZone
    /// Which kind of tables is shown, known before the first picture arrives: ØVELSE is marked from the start.
    public var isExercise: Bool
    public var showsHelp = false

    public init(feed: RegionFeed, now: Date, timeZone: TimeZone, isExercise: Bool) {
        region = RegionState(feed: feed)
        self.now = now
        self.timeZone = timeZone
        self.isExercise = isExercise
    }

    /// The model's answer to a key; true when the key quits.
    public mutating func handle(_ key: Key) -> Bool {
        if showsHelp, key == .escape {
            showsHelp = false
            return false
        }
        guard let binding = KeyBindings.regionConsole.first(where: { $0.key == key }) else { return false }
        switch binding.action {
        case .toggleHelp: showsHelp.toggle()
        case .quit: return true
        case .moveUp: region.move(by: -1)
        case .moveDown: region.move(by: 1)
        case .pageUp: region.move(by: -10)
        case .pageDown: region.move(by: 10)
        case .toggleRegionDetail: region.showsDetail.toggle()
        default: break
        }
        return false
    }
}

import BeredskapCore

/// What a key does, independent of which key it is.
public enum KeyAction: Hashable, Sendable {
    case show(ScreenID)
    case newIncident
    case writeLog
    case nextIncident
    case moveUp
    case moveDown
    case pageUp
    case pageDown
    case recordCall(CallOutcome)
    case tickStep
    case toggleHelp
    case quit
}

/// One row of the key table: the key, its Norwegian label, where it works and what it does.
public struct KeyBinding: Hashable, Sendable {
    public var key: Key
    /// How the key is written in the footer and the help.
    public var keyLabel: String
    public var label: String
    /// The screens it works on; empty means every screen.
    public var screens: [ScreenID]
    public var action: KeyAction

    public func works(on screen: ScreenID) -> Bool { screens.isEmpty || screens.contains(screen) }
}

/// The one key table: it drives input, the footer hints and the help overlay.
public enum KeyBindings {
    public static let all: [KeyBinding] = [
        KeyBinding(key: .character("?"), keyLabel: "?", label: "Hjelp", screens: [], action: .toggleHelp),
        KeyBinding(key: .character("l"), keyLabel: "l", label: "Logg", screens: [], action: .writeLog),
        KeyBinding(key: .character("n"), keyLabel: "n", label: "Ny hendelse", screens: [], action: .newIncident),
        KeyBinding(key: .character("o"), keyLabel: "o", label: "Oversikt", screens: [], action: .show(.overview)),
        KeyBinding(key: .character("t"), keyLabel: "t", label: "Tidslinje", screens: [], action: .show(.timeline)),
        KeyBinding(key: .character("v"), keyLabel: "v", label: "Varsling", screens: [], action: .show(.notifications)),
        KeyBinding(key: .character("k"), keyLabel: "k", label: "Sjekkliste", screens: [], action: .show(.checklist)),
        KeyBinding(key: .tab, keyLabel: "Tab", label: "Neste hendelse", screens: [], action: .nextIncident),
        KeyBinding(key: .character("1"), keyLabel: "1", label: "Nådd", screens: [.notifications], action: .recordCall(.reached)),
        KeyBinding(key: .character("2"), keyLabel: "2", label: "Ikke svar", screens: [.notifications], action: .recordCall(.noAnswer)),
        KeyBinding(key: .character("3"), keyLabel: "3", label: "Beskjed lagt igjen", screens: [.notifications],
                   action: .recordCall(.leftMessage)),
        KeyBinding(key: .character("4"), keyLabel: "4", label: "Ringer tilbake", screens: [.notifications],
                   action: .recordCall(.willCallBack)),
        KeyBinding(key: .enter, keyLabel: "Enter", label: "Kvitter ut steget", screens: [.checklist], action: .tickStep),
        KeyBinding(key: .up, keyLabel: "↑", label: "Opp", screens: [.overview, .timeline, .notifications, .checklist],
                   action: .moveUp),
        KeyBinding(key: .down, keyLabel: "↓", label: "Ned", screens: [.overview, .timeline, .notifications, .checklist],
                   action: .moveDown),
        KeyBinding(key: .pageUp, keyLabel: "PgUp", label: "Side opp", screens: [.timeline], action: .pageUp),
        KeyBinding(key: .pageDown, keyLabel: "PgDn", label: "Side ned", screens: [.timeline], action: .pageDown),
        KeyBinding(key: .character("q"), keyLabel: "q", label: "Avslutt", screens: [], action: .quit),
    ]

    public static func binding(for key: Key, on screen: ScreenID) -> KeyBinding? {
        all.first { $0.key == key && $0.works(on: screen) }
    }

    /// The hints for a screen: its own keys first, then the ones that work everywhere; arrows are left to the help.
    public static func footer(for screen: ScreenID) -> [KeyBinding] {
        let shown = all.filter { $0.works(on: screen) && ![.moveUp, .moveDown, .pageUp, .pageDown].contains($0.action) }
        return shown.filter { !$0.screens.isEmpty } + shown.filter(\.screens.isEmpty)
    }
}

import BeredskapCore

/// What a key does, independent of which key it is.
public enum KeyAction: Hashable, Sendable {
    case show(ScreenID)
    case newIncident
    case newPlannedOutage
    case writeLog
    case nextIncident
    case triage
    case decideLevel
    case advancePhase
    case moveUp
    case moveDown
    case pageUp
    case pageDown
    case recordCall(CallOutcome)
    case callWithNote
    case declineNotification
    case addNotification
    case tickStep
    case chooseFallback
    case correctLine
    case toggleIncidentFilter
    case searchTimeline
    case completeTask
    case cancelTask
    case addTask
    case assignRole
    case issueForms
    case advanceForm
    case waiveForm
    case draftMessage
    case approveMessage
    case sendMessage
    case registerDeviation
    case recordCause
    case assessRisk
    case addMeasure
    case approveMeasure
    case updateMeasure
    case closeDeviation
    case flagBreach
    case recordBreachDetails
    case reportBreach
    case startExercise
    case releaseInject
    case skipInject
    case toggleExerciseClock
    case assessExpectation
    case observe
    case endExercise
    case noteHotWash
    case evaluateExercise
    case showExerciseNotes
    case doNextAction
    case selectIncident
    case showDetail
    case approveMessageVerbally
    case advanceFormsInBulk
    case toggleRegionDetail
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
    private static func key(_ character: Character, _ label: String, on screens: [ScreenID] = [], _ action: KeyAction) -> KeyBinding {
        KeyBinding(key: .character(character), keyLabel: String(character), label: label, screens: screens, action: action)
    }

    private static let lists: [ScreenID] = [.overview, .incidents, .timeline, .notifications, .checklist, .tasks, .paper, .messages, .deviations, .exercise, .region]

    public static let all: [KeyBinding] = [
        key("?", "Hjelp", .toggleHelp),
        key("l", "Logg", .writeLog),
        key("n", "Ny hendelse", .newIncident),
        key("N", "Planlagt nedetid", on: [.incidents], .newPlannedOutage),
        key("r", "Vurder", .triage),
        key("s", "Sett nivå", .decideLevel),
        key("f", "Neste fase", .advancePhase),
        key("o", "Oversikt", .show(.overview)),
        key("t", "Tidslinje", .show(.timeline)),
        key("v", "Varsling", .show(.notifications)),
        key("k", "Sjekkliste", .show(.checklist)),
        key("g", "Oppgaver", .show(.tasks)),
        key("p", "Papir", .show(.paper)),
        key("m", "Meldinger", .show(.messages)),
        key("a", "Avvik", .show(.deviations)),
        key("b", "Personvern", .show(.breach)),
        key("ø", "Øvelse (øvingsleder)", .show(.exercise)),
        key("R", "Region (med --sync)", .show(.region)),
        key("H", "Hendelser", on: [.overview], .show(.incidents)),
        KeyBinding(key: .tab, keyLabel: "Tab", label: "Neste hendelse", screens: [], action: .nextIncident),
        KeyBinding(key: .enter, keyLabel: "Enter", label: "Gjør det valgte", screens: [.overview], action: .doNextAction),
        KeyBinding(key: .enter, keyLabel: "Enter", label: "Velg hendelsen", screens: [.incidents], action: .selectIncident),
        key("1", "Nådd", on: [.notifications], .recordCall(.reached)),
        key("2", "Ikke svar", on: [.notifications], .recordCall(.noAnswer)),
        key("3", "Beskjed lagt igjen", on: [.notifications], .recordCall(.leftMessage)),
        key("4", "Ringer tilbake", on: [.notifications], .recordCall(.willCallBack)),
        key("c", "Notat", on: [.notifications], .callWithNote),
        key("x", "Varsles ikke", on: [.notifications], .declineNotification),
        key("+", "Ny varsling", on: [.notifications], .addNotification),
        KeyBinding(key: .enter, keyLabel: "Enter", label: "Kvitter ut", screens: [.checklist], action: .tickStep),
        key("d", "Nøddrift", on: [.checklist], .chooseFallback),
        key("c", "Korriger linjen", on: [.timeline], .correctLine),
        key("h", "Denne hendelsen/alle", on: [.timeline], .toggleIncidentFilter),
        key("/", "Søk", on: [.timeline], .searchTimeline),
        KeyBinding(key: .enter, keyLabel: "Enter", label: "Utført", screens: [.tasks], action: .completeTask),
        key("x", "Avlys", on: [.tasks], .cancelTask),
        key("+", "Ny oppgave", on: [.tasks], .addTask),
        key("u", "Utpek rolle", on: [.tasks], .assignRole),
        KeyBinding(key: .enter, keyLabel: "Enter", label: "Neste status", screens: [.paper], action: .advanceForm),
        key("+", "Del ut skjema", on: [.paper], .issueForms),
        key("x", "Frafall", on: [.paper], .waiveForm),
        key("+", "Nytt utkast", on: [.messages], .draftMessage),
        key("j", "Godkjenn", on: [.messages], .approveMessage),
        key("e", "Sendt", on: [.messages], .sendMessage),
        key("+", "Nytt avvik", on: [.deviations], .registerDeviation),
        key("c", "System og årsak", on: [.deviations], .recordCause),
        key("e", "Risikovurdering", on: [.deviations], .assessRisk),
        key("i", "Nytt tiltak", on: [.deviations], .addMeasure),
        key("j", "Godkjenn tiltak", on: [.deviations], .approveMeasure),
        key("d", "Tiltaksstatus", on: [.deviations], .updateMeasure),
        key("x", "Lukk avvik", on: [.deviations], .closeDeviation),
        key("+", "Meld brudd", on: [.breach], .flagBreach),
        key("d", "Opplysninger", on: [.breach], .recordBreachDetails),
        key("e", "Meldt Datatilsynet", on: [.breach], .reportBreach),
        KeyBinding(key: .enter, keyLabel: "Enter", label: "Slipp innspillet", screens: [.exercise], action: .releaseInject),
        key("x", "Hopp over", on: [.exercise], .skipInject),
        key("h", "Pause/fortsett", on: [.exercise], .toggleExerciseClock),
        key("e", "Vurder forventning", on: [.exercise], .assessExpectation),
        key("c", "Observasjon", on: [.exercise], .observe),
        key("d", "Avslutt (ENDEX)", on: [.exercise], .endExercise),
        key("w", "Hot wash", on: [.exercise], .noteHotWash),
        key("E", "Evaluer", on: [.exercise], .evaluateExercise),
        key("u", "Notater", on: [.exercise], .showExerciseNotes),
        key("+", "Start øvelse", on: [.exercise], .startExercise),
        KeyBinding(key: .enter, keyLabel: "Enter", label: "Hele teksten", screens: [.timeline, .notifications, .messages, .deviations],
                   action: .showDetail),
        // Enter completes a task on Oppgaver and releases an inject on Øvelse, so i shows the line whole there.
        key("i", "Hele teksten", on: [.tasks, .exercise], .showDetail),
        key("u", "Godkjent muntlig", on: [.messages], .approveMessageVerbally),
        key("*", "Flytt mange", on: [.paper], .advanceFormsInBulk),
        KeyBinding(key: .enter, keyLabel: "Enter", label: "Hele sykehuset/listen", screens: [.region], action: .toggleRegionDetail),
        KeyBinding(key: .up, keyLabel: "↑", label: "Opp", screens: lists, action: .moveUp),
        KeyBinding(key: .down, keyLabel: "↓", label: "Ned", screens: lists, action: .moveDown),
        KeyBinding(key: .pageUp, keyLabel: "PgUp", label: "Side opp", screens: lists, action: .pageUp),
        KeyBinding(key: .pageDown, keyLabel: "PgDn", label: "Side ned", screens: lists, action: .pageDown),
        key("q", "Avslutt", .quit),
    ]

    /// `beredskap region console`: the Region screen alone and read-only, so only its own keys; j and k scroll as
    /// in less and vi (there is no checklist to show there). Drives its input, footer and help as `all` does the console's.
    public static let regionConsole: [KeyBinding] = [
        key("?", "Hjelp", .toggleHelp),
        KeyBinding(key: .enter, keyLabel: "Enter", label: "Hele sykehuset/listen", screens: [.region], action: .toggleRegionDetail),
        KeyBinding(key: .up, keyLabel: "↑", label: "Opp", screens: [.region], action: .moveUp),
        KeyBinding(key: .down, keyLabel: "↓", label: "Ned", screens: [.region], action: .moveDown),
        key("k", "Opp", on: [.region], .moveUp),
        key("j", "Ned", on: [.region], .moveDown),
        KeyBinding(key: .pageUp, keyLabel: "PgUp", label: "Side opp", screens: [.region], action: .pageUp),
        KeyBinding(key: .pageDown, keyLabel: "PgDn", label: "Side ned", screens: [.region], action: .pageDown),
        key("q", "Avslutt", .quit),
    ]

    /// The region console's hints: help first, then Enter and q; scrolling is left to the help, as on the console.
    static var regionConsoleFooter: [KeyBinding] {
        regionConsole.filter { ![.moveUp, .moveDown, .pageUp, .pageDown].contains($0.action) }
    }

    public static func binding(for key: Key, on screen: ScreenID) -> KeyBinding? {
        all.first { $0.key == key && $0.works(on: screen) }
    }

    /// The hints for a screen: help first (so every footer shows where the rest are), then the screen's own
    /// keys, then the ones that work everywhere; arrows are left to the help.
    public static func footer(for screen: ScreenID) -> [KeyBinding] {
        let shown = all.filter { $0.works(on: screen) && ![.moveUp, .moveDown, .pageUp, .pageDown].contains($0.action) }
        let help = shown.filter { $0.action == .toggleHelp }
        return help + shown.filter { !$0.screens.isEmpty } + shown.filter { $0.screens.isEmpty && $0.action != .toggleHelp }
    }
}

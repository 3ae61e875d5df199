import BeredskapCore
import BeredskapJournal
import BeredskapStore
import Foundation

/// Everything a frame shows: the journal's state at `now`, and the console's own state (screen, selection,
/// the line being typed, the last message). Screens render it; keys update it; nothing here touches a terminal.
public struct ConsoleModel: Sendable {
    /// A line of feedback under the body: what was saved, or why nothing was.
    public struct Message: Hashable, Sendable {
        public var text: String
        public var isError: Bool
    }

    public var state: State {
        didSet { stateVersion = WhatNowCache.nextVersion() }
    }
    /// New for every state this or any model is given: the key of the «Hva nå?» cache.
    private var stateVersion = WhatNowCache.nextVersion()
    private let whatNowCache = WhatNowCache()
    public var now: Date
    public var calendar: Calendar
    public var isExercise: Bool
    public var operatorName: OperatorName
    public var journalStatus: JournalStatus = .saved
    /// The copy to the region, with `--sync`; nil without it.
    public var regionLink: RegionLink?
    /// The Region screen (every hospital in the region), with `--sync`; nil without it.
    public var region: RegionState?
    public var screen: ScreenID = .overview
    /// The incident the header shows and the incident screens are about; the overview moves it.
    public var selectedIncident: IncidentID?
    /// The questions being answered at the bottom (a log line, a triage, a closing).
    public var dialog: Dialog?
    /// The dialog that follows once the command a dialog gave is saved (`DialogOutcome.executeThen`).
    var followUp: (@Sendable ([TimelineEntry]) -> Dialog?)?
    public var message: Message?
    public var showsHelp = false

    // Each list screen's own state, beside its screen. A selection is kept with what its list was about, so it
    // starts from the top when that changes (see `ListCursor`).
    public var overview = OverviewState()
    /// Hendelser: every incident, by its number of incidents (one is only ever added).
    public var incidentList = ListCursor<Int>()
    public var timeline = TimelineState()
    /// Set while the part of the journal a snapshot stands for is being verified behind the first frame.
    public var isCheckingJournal = false
    public var notifications = NotificationState()
    public var checklist = ChecklistState()
    /// Oppgaver, Papir and Meldinger: one incident's tasks, forms and messages.
    public var tasks = ListCursor<IncidentID>()
    public var paper = ListCursor<IncidentID>()
    public var messages = ListCursor<IncidentID>()
    /// Avvik are journal-wide; closing one or registering one reorders the rows (`deviationRows`).
    public var deviations = ListCursor<[DeviationID]>()
    /// Øvelse: the running scenario's injects, by its id.
    public var injects = ListCursor<String>()

    /// `calendar`: the organisation's wall clock unless given, so the screen shows the times the messages and paper show.
    public init(state: State, now: Date, isExercise: Bool, operatorName: OperatorName, calendar: Calendar? = nil) {
        self.state = state
        self.now = now
        self.isExercise = isExercise
        self.operatorName = operatorName
        self.calendar = calendar ?? Timestamps.calendar(state.organisation.timeZone)
        selectedIncident = state.activeIncidents.first?.id
    }

    /// The model for a store at `now`.
    public init(store: IncidentStore, now: Date, operatorName: OperatorName, screen: ScreenID = .overview, calendar: Calendar? = nil) {
        self.init(state: store.state, now: now, isExercise: store.kind == .exercise, operatorName: operatorName, calendar: calendar)
        self.screen = screen
        sync(with: store)
        if screen == .exercise, isParticipant { self.screen = .overview }
    }

    /// Takes in what the store holds now (this terminal's and other terminals' entries).
    public mutating func sync(with store: IncidentStore) {
        let releasedBefore = state.exercise?.releases.count ?? 0
        let rolesBefore = state.roles
        state = store.state
        if let newest = state.exercise?.released().last, state.exercise?.releases.count ?? 0 > releasedBefore, screen != .exercise,
           releasedInjects.last == newest {
            let role = state.organisation.role(newest.inject.to)?.name ?? newest.inject.to.rawValue
            message = Message(text: "Nytt innspill til \(role): \(InertText.make(newest.inject.text))", isError: false)
        }
        // Set only when it changes, or when new roles change who is shown which inject: setting it filters every line
        // again and moves the timeline's selection back to the newest line.
        let participant = isParticipant ? operatorName.rawValue : nil
        if timeline.filter.participant != participant || (participant != nil && rolesBefore != state.roles) {
            timeline.filter.participant = participant
        }
        timeline.catchUp(with: store.timeline, in: state)
        isCheckingJournal = store.unchecked != nil || !store.isWhole
        if store.damage != nil { journalStatus = .readOnly }
        if store.detachment != nil { journalStatus = .detached }
        if selectedIncident.flatMap({ state[$0] }) == nil { selectedIncident = state.activeIncidents.first?.id }
    }

    public var incident: Incident? { selectedIncident.flatMap { state[$0] } }

    /// Core's «Hva nå?» for the state now, most pressing first; worked out once per state and moment.
    public var whatNow: [NextAction] {
        whatNowCache.items(version: stateVersion, now: now) { NextActions.list(state, now: now) }
    }

    /// The injects released so far that this console shows, in release order: all of them on the facilitator's,
    /// a participant's own and the whole table's on a participant's (``Exercise/shows(_:to:roles:)``).
    public var releasedInjects: [ReleasedInject] {
        state.exercise?.released(visibleTo: operatorName.rawValue, roles: state.roles) ?? []
    }

    /// In a started exercise, anyone but the facilitator who started it: the facilitator's screen, assessments and
    /// observations are not theirs (Core refuses their commands too).
    public var isParticipant: Bool {
        guard let exercise = state.exercise else { return false }
        return !State.samePerson(exercise.startedBy.rawValue, operatorName.rawValue)
    }

    /// The incidents that still need something (`Tab` goes round them): the open ones and those awaiting evaluation.
    public var activeIncidents: [Incident] { state.activeIncidents }

    /// Shows a refusal or a journal error; the dialog and its typed text stay so nothing is lost.
    public mutating func fail(_ error: Error) {
        switch error {
        case let refusal as Refusal:
            message = Message(text: "Avvist: " + refusal.message, isError: true)
        case let journal as JournalError:
            switch journal {
            case .diskFull: journalStatus = .diskFull
            case .readOnly: journalStatus = .readOnly
            case .detached: journalStatus = .detached
            case .locked(_, let holders): journalStatus = .waiting(holders)
            default: journalStatus = .failed
            }
            message = Message(text: journal.norwegian, isError: true)
        default:
            message = Message(text: "Ikke lagret: \(error)", isError: true)
        }
    }

    /// A poll got the lock again after waiting for it.
    mutating func lockReleased() {
        if case .waiting = journalStatus { journalStatus = .saved }
    }

    /// After the store made entries durable: the line is done, and the screen says it is saved.
    public mutating func saved(_ entries: [TimelineEntry]) {
        dialog = followUp?(entries)
        followUp = nil
        journalStatus = .saved
        if let opened = entries.first(where: { $0.event.map { if case .incidentOpened = $0.body { true } else { false } } ?? false }) {
            selectedIncident = opened.incident
        }
        let last = entries.last.map { "nr. \($0.seq): \($0.summary(in: state.organisation))" } ?? ""
        let next = screen == .notifications ? incident.flatMap { notifications.selectAfterSave(in: $0, saved: entries) } : nil
        message = Message(text: "lagret " + last + (next.map { " · " + $0 } ?? "") + (repeatWarning(after: entries).map { " · " + $0 } ?? ""),
                          isError: false)
    }

    /// Normen 5.8.1's «vurder ny risikovurdering», when what was saved made an avvik a repeat of an earlier one.
    private func repeatWarning(after entries: [TimelineEntry]) -> String? {
        entries.lazy.compactMap { entry -> DeviationID? in
            switch entry.event?.body {
            case .deviationRegistered(let p)?: p.deviation
            case .deviationCauseRecorded(let p)?: p.deviation
            default: nil
            }
        }.compactMap { self.state.deviation($0).flatMap(self.state.repeatWarning(for:)) }.first.map(InertText.make)
    }

    /// `24.11.2026` in the console's time zone.
    func day(_ date: Date) -> String { Timestamps.day(date, timeZone: calendar.timeZone) }

    /// A deadline: `14:05` today, `25.11. 14:05` on another day (a deadline a day or more away shows its date).
    func deadline(_ date: Date) -> String {
        guard !calendar.isDate(date, inSameDayAs: now) else { return clock(date) }
        let parts = calendar.dateComponents([.day, .month], from: date)
        return String(format: "%02d.%02d. ", parts.day ?? 0, parts.month ?? 0) + clock(date)
    }

    /// `14:05` in the console's time zone.
    func clock(_ date: Date) -> String { Timestamps.clock(date, timeZone: calendar.timeZone) }
}

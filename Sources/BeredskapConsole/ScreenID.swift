/// The console's screens, each reached by one key from anywhere.
public enum ScreenID: String, Hashable, Sendable, CaseIterable {
    case overview = "Oversikt"
    /// Every incident, open, closed and evaluated, to select one.
    case incidents = "Hendelser"
    case timeline = "Tidslinje"
    case notifications = "Varsling"
    case checklist = "Sjekkliste"
    case tasks = "Oppgaver"
    case paper = "Papir"
    case messages = "Meldinger"
    case deviations = "Avvik"
    case breach = "Personvern"
    /// The facilitator's view of a tabletop exercise; shown only in an exercise journal.
    case exercise = "Øvelse"
    /// Every hospital in the region, read from the regional database; shown only with `--sync`.
    case region = "Region"

    /// The Norwegian name in the header and the help.
    public var title: String { rawValue }
}

import ArgumentParser
import BeredskapCore
import BeredskapPaper
import BeredskapStore
import Foundation

extension HotWashKind: ExpressibleByArgument {}

struct HotWashCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hotwash",
        abstract: "Før et punkt fra hot wash: en styrke eller et forbedringsområde, for en hendelse eller (uten --incident) øvelsen.",
        discussion: "For en hendelse når tjenesten er tilbake (ajourføres eller senere); for en øvelse etter ENDEX.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "styrke eller forbedring.") var kind: HotWashKind
    @Argument(help: "Teksten.") var text: String
    @Option(help: ArgumentHelp("Hendelsen punktet gjelder.", valueName: "ID")) var incident: String?

    func run() throws {
        try global.execute(.noteHotWash(incident.map(IncidentID.init(rawValue:)), kind, text: text))
    }
}

struct CorrectiveActionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "action",
        abstract: "Forbedringsplanen: tiltak fra evalueringer er åpne til de lukkes med hva som er gjort.",
        subcommands: [CorrectiveActionListCommand.self, CorrectiveActionCloseCommand.self])
}

struct CorrectiveActionListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "Alle tiltak, åpne først.")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let now = Date()
        let state = try global.openStore(now: now).state
        let plan = state.improvementPlan
        let timeZone = state.organisation.timeZone
        if plan.isEmpty { print("Ingen tiltak i forbedringsplanen.") }
        for action in plan.sorted(by: { ($0.isOpen ? 0 : 1, $0.due) < ($1.isOpen ? 0 : 1, $1.due) }) {
            let status = action.closedAt.map { "lukket \(Timestamps.day($0, timeZone: timeZone))" } ?? (action.isOverdue(at: now) ? "FORFALT" : "åpen")
            print("\(action.id)  [\(status)]  frist \(Timestamps.day(action.due, timeZone: timeZone))  \(InertText.make(action.owner)): "
                + InertText.make(action.text) + (action.incident.map { " (\($0))" } ?? " (øvelsen)"))
        }
    }
}

struct CorrectiveActionCloseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "close", abstract: "Lukk et tiltak med hva som er gjort.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp("Tiltakets id, f.eks. F2.", valueName: "TILTAK")) var action: String
    @Option(help: "Hva som er gjort.") var note: String

    func run() throws {
        try global.execute(.closeCorrectiveAction(CorrectiveActionID(action), note: note))
    }
}

/// The after-action report for an incident, or for the exercise when there is no incident and the journal is
/// an exercise's: shared by `after-action`, `exercise report` and `print after-action`.
enum AfterActionSource {
    static func make(global: GlobalOptions, incident: String?, now: Date) throws -> (document: PaperDocument, organisation: Organisation, exercise: Bool) {
        let store = try global.openStore(now: now)
        let subject: AfterActionReport.Subject = incident.map { .incident(IncidentID($0)) } ?? .exercise
        if incident == nil, store.kind != .exercise {
            throw ValidationError("Oppgi hendelsen (ID), eller øvelsen med --exercise NAVN.")
        }
        guard let report = AfterActionReport(state: store.state, events: store.timeline.compactMap(\.event), subject: subject, now: now) else {
            throw incident.map { CommandFailure(message: "Fant ingen hendelse \(InertText.make($0)) i journalen.") } ?? Refusal.noExercise
        }
        let document = AfterActionReportDocument(report: report, organisation: store.state.organisation, seal: store.seal.description).document
        return (document, store.state.organisation, store.kind == .exercise)
    }
}

struct AfterActionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "after-action",
        abstract: "Evalueringsrapport med forbedringsplan (faktaark 3d) for en hendelse eller en øvelse, som Markdown.",
        discussion: "Som PDF eller tekst til skriver: `beredskap print after-action`.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp("Hendelsen (utelates for øvelsen i --exercise).", valueName: "ID")) var incident: String?

    func run() throws {
        print(MarkdownRenderer.render(try AfterActionSource.make(global: global, incident: incident, now: Date()).document), terminator: "")
    }
}

struct ExerciseReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: "Øvelsens evalueringsrapport som Markdown (PDF: `beredskap print after-action --exercise NAVN`).")

    @OptionGroup var options: ExerciseOptions

    func run() throws {
        print(MarkdownRenderer.render(try AfterActionSource.make(global: options.global, incident: nil, now: Date()).document), terminator: "")
    }
}

struct PrintAfterActionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "after-action", abstract: "Evalueringsrapporten for en hendelse eller øvelse som PDF eller tekst.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp("Hendelsen (utelates for øvelsen i --exercise).", valueName: "ID")) var incident: String?
    @OptionGroup var options: PrintOptions

    func run() throws {
        let now = Date()
        let made = try AfterActionSource.make(global: global, incident: incident, now: now)
        try options.deliver(made.document, organisation: made.organisation, exercise: made.exercise, now: now)
    }
}

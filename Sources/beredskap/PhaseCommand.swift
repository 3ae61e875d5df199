import ArgumentParser
import BeredskapCore
import Foundation

struct PhaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "phase",
        abstract: "Flytt en hendelse til neste fase: håndteres, gjenopprettes, ajourføres, avsluttet, evaluert.",
        discussion: """
            avsluttet krever --summary; fra oppdaget/vurdert også --dismiss GRUNN (falsk alarm). \
            Er det den siste åpne hendelsen og nivået er hevet (grønn, gul eller rød): --lower-to NIVÅ (f.eks. normal) eller \
            --keep-level, med --level-reason. Står kritiske steg eller oppgaver åpne, lister avslutningen dem; lukk likevel \
            med --unfinished-reason GRUNN. \
            evaluert krever --lesson (kan gjentas) og eventuelt --action "tiltak;ansvarlig;ÅÅÅÅ-MM-DD".
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var relay: RelayOption
    @Argument(help: "Hendelsens id.") var incident: String
    @Argument(help: "Fasen hendelsen skal til.") var phase: Phase
    @Option(help: "Merknad.") var note: String?
    @Option(help: TimeArgument.pastHelp("Når fasen faktisk ble nådd, hvis ikke nå (etterregistrering).")) var at: TimeArgument?
    @Option(help: "Oppsummering ved avslutning.") var summary: String?
    @Option(help: "Avvis hendelsen (falsk alarm) med denne begrunnelsen.") var dismiss: String?
    @Option(name: .customLong("lower-to"), help: "Senk beredskapsnivået til dette ved avslutning.") var lowerTo: ReadinessLevel?
    @Flag(name: .customLong("keep-level"), help: "Behold beredskapsnivået ved avslutning.") var keepLevel = false
    @Option(name: .customLong("level-reason"), help: "Begrunnelse for nivåbeslutningen.") var levelReason: String?
    @Option(name: .customLong("unfinished-reason"),
            help: "Begrunnelse for å avslutte med kritiske steg eller oppgaver som ikke er gjort.") var unfinishedReason: String?
    @Option(name: .customLong("lesson"), help: "Læringspunkt (kan gjentas).") var lessons: [String] = []
    @Option(name: .customLong("action"), help: "Tiltak: «tekst;ansvarlig;ÅÅÅÅ-MM-DD» (kan gjentas).") var actions: [String] = []

    func validate() throws {
        if lowerTo != nil, keepLevel { throw ValidationError("Velg enten --lower-to eller --keep-level.") }
        if (lowerTo != nil || keepLevel), levelReason == nil { throw ValidationError("Nivåbeslutningen trenger --level-reason.") }
    }

    func run() throws {
        let id = IncidentID(incident)
        let occurred = at?.past(now: Date())
        switch phase {
        case .detected, .triaged:
            throw ValidationError("En hendelse opprettes med `beredskap open` og vurderes med `beredskap triage`.")
        case .responding: try global.execute(.startResponse(id, note: note), occurred: occurred)
        case .restoring: try global.execute(.startRestoration(id, note: note), occurred: occurred)
        case .reEntry: try global.execute(.confirmRestored(id, note: note), occurred: occurred)
        case .closed:
            guard let summary else { throw ValidationError("Avslutning krever --summary.") }
            try global.execute(.close(id, summary: summary, dismissal: dismiss, level: levelDecision, unfinishedReason: unfinishedReason),
                               occurred: occurred, onBehalfOf: relay.onBehalfOf)
        case .evaluated:
            try global.execute(.evaluate(id, lessons: lessons, actions: try actions.map(CorrectiveActionArgument.parse)), occurred: occurred)
        }
    }

    private var levelDecision: LevelDecision? {
        guard let levelReason else { return nil }
        if let lowerTo { return .lower(to: lowerTo, reason: levelReason) }
        return keepLevel ? .keep(reason: levelReason) : nil
    }
}

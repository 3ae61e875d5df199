import ArgumentParser
import BeredskapCore
import BeredskapPlaybooks
import Foundation

/// `beredskap plan diff OLD NEW`: what changed between two playbook folders, for the change log and the approval.
struct PlanDiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Vis hva som er endret fra en playbooks-mappe til en annen: kontakter, nivåer, systemer, prosedyrer og steg.",
        discussion: """
            Til endringsloggen og godkjenningsmøtet. Utgangskode 0 når begge mappene kan leses, \
            1 når en av dem har feil (kjør `beredskap lint MAPPE`).
            Eksempel: beredskap plan diff /srv/beredskap/plan-2026.1 Playbooks
            """)

    @Argument(help: ArgumentHelp("Den gamle versjonen av playbooks-mappen.", valueName: "GAMMEL")) var old: String
    @Argument(help: ArgumentHelp("Den nye versjonen.", valueName: "NY")) var new: String

    func run() throws {
        let now = Date()
        let before = try load(old, now: now)
        let after = try load(new, now: now)
        let diff = PlanDiff(old: before, new: after)
        print("Endringer fra \(old) (versjon \(before.version)) til \(new) (versjon \(after.version)):")
        print(diff.isEmpty ? "Ingen endringer i kontakter, nivåer, systemer, kategorier, prosedyrer eller skjema." : "\n\(diff)")
    }

    private func load(_ directory: String, now: Date) throws -> Organisation {
        let report = PlaybookLoader.load(directory: directory, now: now)
        guard let organisation = report.organisation else {
            for diagnostic in report.errors { print("\(directory)/\(diagnostic)") }
            throw CommandFailure(message: "Playbooks i \(directory) har \(Count.phrase(report.errors.count, "feil", "feil")), så de kan ikke sammenlignes.")
        }
        return organisation
    }
}

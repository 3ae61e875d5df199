import ArgumentParser
import BeredskapPlaybooks
import Foundation

/// `beredskap plan hash`: the plan's content hash, to write into `approved.hash` when the plan is approved.
struct PlanHashCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hash",
        abstract: "Skriv sjekksummen over filene nødpermen lages av, til «approved: hash:» i organisasjon.yaml.",
        discussion: "organisasjon.yaml, testplan.yaml og ovelser/ er ikke med: de skrives ikke i nødpermen.")

    @Argument(help: "Playbooks-mappen (standard: som --playbooks, se `beredskap --help`).") var directory: String?

    func run() throws {
        let directory = directory ?? PlaybookLocation.standard()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw CommandFailure(message: "Fant ikke playbooks-mappen «\(directory)».")
        }
        print(PlanHash.of(directory: directory))
    }
}

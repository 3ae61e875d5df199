import ArgumentParser
import BeredskapJournal
import BeredskapStore
import Foundation

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Opprett en ny, tom journal (reell, eller øvelse med --exercise NAVN).")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let kind: JournalKind = global.exercise == nil ? .real : .exercise
        guard !FileManager.default.fileExists(atPath: global.path) else {
            throw CommandFailure(message: "Det finnes allerede en journal i \(global.path); den blir aldri overskrevet.")
        }
        let store = try IncidentStore.create(path: global.path, kind: kind, now: Date())
        print("Opprettet \(kind == .real ? "reell journal" : "øvelsesjournal") \(store.header.id) i \(global.path)")
        let key = try InstallationKey.signer(journalDirectory: global.location.directory).verifier
        print("Kontrollpunkter signeres med nøkkel \(key.keyIDHex) (\(InstallationKey.location.keyPath)); "
            + "den offentlige nøkkelen: `beredskap key export`.")
    }
}

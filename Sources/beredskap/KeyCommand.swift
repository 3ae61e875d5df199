import ArgumentParser
import BeredskapCore
import BeredskapJournal
import Foundation

/// `beredskap key show|export|new`: the key that signs checkpoints.
struct KeyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "key",
        abstract: "Signeringsnøkkelen for kontrollpunkter: vis eller eksporter den offentlige nøkkelen, eller lag en ny nøkkel.",
        subcommands: [KeyShowCommand.self, KeyExportCommand.self, KeyNewCommand.self])
}

struct KeyShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Vis installasjonens offentlige nøkkel og fingeravtrykk (nøkkelen lages første gang).")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let verifier = try InstallationKey.signer(journalDirectory: global.location.directory).verifier
        print("Navn: \(InertText.make(verifier.name))")
        print("Offentlig nøkkel: \(InertText.make(verifier.text))")
        print("Nøkkel-ID (står på papir): \(verifier.keyIDHex)")
        print("Fingeravtrykk: \(verifier.fingerprint)")
        print("Privat nøkkel: \(InstallationKey.location.keyPath) (bare eieren kan lese den)")
    }
}

struct KeyExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Skriv bare den offentlige nøkkelen (NAVN+ID+NØKKEL), for `verify-proof --key` og andre kontrollører.")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        print(InertText.make(try InstallationKey.signer(journalDirectory: global.location.directory).verifier.text))
    }
}

struct KeyNewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Lag en ny, egen signeringsnøkkel i FIL (f.eks. krisestabslederens, for `beredskap cosign --key FIL`).")

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp("Filen den private nøkkelen skrives til (lages med modus 0600).", valueName: "FIL")) var file: String
    @Option(help: ArgumentHelp("Nøkkelens navn, uten mellomrom og +, f.eks. krisestabsleder.sykehus.no.", valueName: "NAVN")) var name: String

    func run() throws {
        guard NoteVerifier.isValidName(name) else {
            throw CommandFailure(message: "Nøkkelnavnet «\(InertText.make(name))» kan ikke ha mellomrom, + eller kontrolltegn.")
        }
        let signer = try SigningKeyFile.create(file, name: name)
        print("Laget \(file). Offentlig nøkkel: \(InertText.make(signer.verifier.text))")
    }
}

import ArgumentParser
import BeredskapCore
import Foundation

struct MessageApproveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "approve",
        abstract: "Godkjenn en melding (bare krisestabsleder), eller registrer at krisestabsleder godkjente den muntlig.",
        discussion: """
            Godkjente krisestabsleder på telefon, registrerer du det med --verbal-from og navnet slik det står i \
            krisestaben, og --at når godkjenningen ble gitt: «godkjent muntlig av …». Du står som den som registrerte.
            Eksempel: beredskap message approve H-2026-001 M1 --verbal-from "Anne Berg" --at 03:40
            """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Hendelsens id.") var incident: String
    @Argument(help: "Meldingens id, f.eks. M1.") var message: String
    @Option(name: .customLong("verbal-from"), help: ArgumentHelp("Krisestabslederen som godkjente muntlig.", valueName: "NAVN"))
    var verbalFrom: String?
    @Option(help: TimeArgument.pastHelp("Når den muntlige godkjenningen ble gitt (standard: nå).")) var at: TimeArgument?

    func validate() throws {
        if at != nil, verbalFrom == nil { throw ValidationError("--at gjelder en muntlig godkjenning: oppgi også --verbal-from NAVN.") }
    }

    func run() throws {
        let id = IncidentID(incident)
        if let verbalFrom {
            let now = Date()
            try global.execute(.approveMessageVerbally(id, MessageID(message), approver: verbalFrom, givenAt: at?.past(now: now) ?? now))
        } else {
            try global.execute(.approveMessage(id, MessageID(message)))
        }
    }
}

import ArgumentParser
import BeredskapCore
import BeredskapPaper
import Foundation

struct PrintBinderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "binder",
        abstract: "Nødpermen: kontaktliste, systemregister, nivåer og varsling, alle prosedyrer som sjekklister og blanke skjema.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var options: PrintOptions

    func run() throws {
        let now = Date()
        let organisation = try global.organisation(now: now)
        try options.deliver(Binder.document(organisation, printedAt: now), organisation: organisation,
                            exercise: global.exercise != nil, now: now, journal: global)
    }
}

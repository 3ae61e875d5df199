import ArgumentParser
import BeredskapCore
import Foundation

struct PrintReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: "Rapporten til ledelsen (faktaark 12) som PDF eller tekst; --redacted for tilsynet.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var period: ReportPeriod
    @OptionGroup var options: PrintOptions

    func run() throws {
        let now = Date()
        let made = try period.make(global: global, now: now)
        try options.deliver(made.document, organisation: made.organisation,
                            exercise: global.exercise != nil, now: now, journal: global)
    }
}

import ArgumentParser
import BeredskapCore

struct BreachReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: "Registrer at melding er sendt Datatilsynet: foreløpig, supplerende eller endelig.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Hendelsens id.") var incident: String
    @Option(help: "foreløpig, supplerende eller endelig.") var stage: BreachReportStage
    @Option(name: .customLong("delay-reason"), help: "Årsak til forsinkelsen, når meldingen sendes etter 72 timer.") var delayReason: String?

    func run() throws {
        try global.execute(.reportBreach(IncidentID(incident), stage: stage, delayReason: delayReason))
    }
}

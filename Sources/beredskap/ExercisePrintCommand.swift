import ArgumentParser
import BeredskapCore
import BeredskapPaper
import Foundation

extension ExerciseKitDocument: ExpressibleByArgument {}

struct ExercisePrintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "print",
        abstract: "Skriv ut fasilitatorens materiell før øvelsen (PDF eller tekst), med ØVELSE på hver side.",
        discussion: """
            --what innspill: ett innspillskort per side med tid (T+mm), til (rolle), fra, hele teksten og de \
            forventede handlingene med øvingsmål (øvingslederens eksemplar).
            --what innspill-deltaker: de samme kortene uten forventede handlinger, til å gi rollen innspillet går til.
            --what deltaker: deltakerheftet: startsituasjon, øvingsmål, deltakere og oppgaver, prosedyrene og reglene \
            for øvelsen (exercise_kit i organisasjon.yaml); ingen innspill.
            --what evaluator: blank evaluatorveiledning: forventningene per øvingsmål med avkryssing (oppfylt, delvis \
            oppfylt, ikke oppfylt) og linjer til merknader.
            --what tilbakemelding: tilbakemeldingsskjema med påstandene og spørsmålene i exercise_kit.
            Eksempel: beredskap exercise print skadevare-natt --what innspill -o innspill.pdf
            """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp("Scenariets id, f.eks. skadevare-natt.", valueName: "SCENARIO")) var scenario: String
    @Option(help: ArgumentHelp("Hva som skrives ut.", valueName: "HVA")) var what: ExerciseKitDocument
    @OptionGroup var options: PrintOptions

    func run() throws {
        let now = Date()
        let organisation = try global.organisation(now: now)
        let chosen = try ScenarioArgument.find(scenario, in: organisation)
        try options.deliver(what.document(chosen, organisation: organisation), organisation: organisation,
                            exercise: true, now: now, journal: global)
    }
}

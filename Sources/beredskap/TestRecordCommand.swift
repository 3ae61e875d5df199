import ArgumentParser
import BeredskapCore
import Foundation

extension TestKind: ExpressibleByArgument {}
extension TestOutcome: ExpressibleByArgument {}

struct TestRecordCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "record",
        abstract: "Registrer en funksjonstest eller gjenopprettingstest av en prosedyre, med utfallet, i den reelle journalen.",
        discussion: "Bordøvelser og fullskalaøvelser spilles i en øvelsesjournal og teller når de er avsluttet og evaluert. "
            + "En test som ikke er bestått, teller ikke: prosedyren må rettes og testes på nytt.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp("Prosedyrens id, f.eks. epj-nede.", valueName: "PROSEDYRE")) var procedure: String
    @Option(help: "funksjonstest eller gjenopprettingstest.") var kind: TestKind
    @Option(help: "bestått, delvis eller ikke-bestått.") var outcome: TestOutcome
    @Option(help: "Hva som ble testet og hva som ble funnet (ingen pasientopplysninger).") var note: String?
    @Option(help: TimeArgument.pastHelp("Når testen ble gjort, hvis ikke nå.")) var at: TimeArgument?

    func run() throws {
        try global.execute(.recordProcedureTest(ProcedureID(procedure), kind, outcome, note: note), occurred: at?.past(now: Date()))
    }
}

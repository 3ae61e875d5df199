import ArgumentParser
import BeredskapCore
import BeredskapPaper
import Foundation

struct AfterActionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "after-action",
        abstract: "Evalueringsrapport med forbedringsplan (faktaark 3d) for en hendelse eller en øvelse, som Markdown.",
        discussion: "Som PDF eller tekst til skriver: `beredskap print after-action`.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp("Hendelsen (utelates for øvelsen i --exercise).", valueName: "ID")) var incident: String?

    func run() throws {
        print(MarkdownRenderer.render(try AfterActionSource.make(global: global, incident: incident, now: Date()).document), terminator: "")
    }
}

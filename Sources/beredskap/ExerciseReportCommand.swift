import ArgumentParser
import BeredskapCore
import BeredskapPaper
import Foundation

struct ExerciseReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: "Øvelsens evalueringsrapport som Markdown (PDF: `beredskap print after-action --exercise NAVN`).")

    @OptionGroup var options: ExerciseOptions

    func run() throws {
        print(MarkdownRenderer.render(try AfterActionSource.make(global: options.global, incident: nil, now: Date()).document), terminator: "")
    }
}

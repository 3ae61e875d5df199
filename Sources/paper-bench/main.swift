import BeredskapPaper
import BeredskapPlaybooks
import Foundation

/// Benchmark: the whole demo binder, from Playbooks/ to a PDF and to text, as `beredskap print binder` does it.
/// `paper-bench [PLAYBOOKS] [RUNS]`; prints the best of RUNS for each stage.
let arguments = CommandLine.arguments.dropFirst()
let directory = arguments.first ?? "Playbooks"
let runs = arguments.dropFirst().first.flatMap(Int.init) ?? 10
let output = FileManager.default.temporaryDirectory.appendingPathComponent("paper-bench-\(getpid()).pdf").path
defer { try? FileManager.default.removeItem(atPath: output) }

func seconds(_ work: () throws -> Void) rethrows -> Double {
    var best = Double.infinity
    for _ in 0..<runs {
        let start = DispatchTime.now().uptimeNanoseconds
        try work()
        best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    return best
}

let now = Date()
guard let organisation = PlaybookLoader.load(directory: directory, now: now).organisation else {
    FileHandle.standardError.write(Data("Playbooks i \(directory) har feil; kjør `beredskap lint \(directory)`.\n".utf8))
    exit(1)
}
let run = PrintRun(organisation: organisation, printedAt: now, exercise: false)
let coldStart = DispatchTime.now().uptimeNanoseconds
let pages = try PDFRenderer.write(Binder.document(organisation, printedAt: now), run: run, to: output)
let cold = Double(DispatchTime.now().uptimeNanoseconds - coldStart) / 1e9
let bytes = (try FileManager.default.attributesOfItem(atPath: output)[.size] as? Int) ?? 0

let load = seconds { _ = PlaybookLoader.load(directory: directory, now: now) }
let build = seconds { _ = Binder.document(organisation, printedAt: now) }
let pdf = try seconds { try PDFRenderer.write(Binder.document(organisation, printedAt: now), run: run, to: output) }
let text = seconds { _ = TextRenderer.render(Binder.document(organisation, printedAt: now), run: run) }

func ms(_ seconds: Double) -> String { String(format: "%.1f ms", seconds * 1000) }
print("| demo binder (\(pages) pages, \(bytes / 1024) KiB PDF), best of \(runs) | time |")
print("|---|---:|")
print("| load and validate Playbooks/ | \(ms(load)) |")
print("| build the document model | \(ms(build)) |")
print("| model + typeset + write PDF, first in the process (fontconfig and fonts cold) | \(ms(cold)) |")
print("| model + typeset + write PDF | \(ms(pdf)) |")
print("| model + plain text | \(ms(text)) |")
print("| whole binder as PDF from Playbooks/ (load + PDF) | \(ms(load + pdf)) |")

import BeredskapCore
import Foundation
import Yams

/// Replaces a scenario's injects in its own file under `ovelser/`, after checking the whole playbooks directory as it
/// would read with the new list (in a temporary copy): the file is written only when that gives no error.
public enum ScenarioInjectsFile {
    public enum Outcome {
        /// The file was rewritten; the warnings are lint's on the new playbooks.
        case written(path: String, warnings: [Diagnostic])
        /// Nothing was written.
        case refused(message: String, diagnostics: [Diagnostic])
    }

    public static func replace(injectsOf scenarioID: String, with injects: [Inject], playbooks directory: String, now: Date) -> Outcome {
        let folder = URL(fileURLWithPath: directory).appendingPathComponent(PlaybookDirectory.scenariosFolder)
        guard let file = file(of: scenarioID, in: folder), let text = try? String(contentsOf: file, encoding: .utf8) else {
            return .refused(message: "Fant ingen fil i \(folder.path) med scenariet «\(InertText.make(scenarioID))».", diagnostics: [])
        }
        guard let rewritten = ScenarioInjectsYAML.replacing(injects, in: text) else {
            return .refused(message: "\(file.path) har ingen linje «injects:» helt til venstre, så innspillene kan ikke byttes ut der.",
                            diagnostics: [])
        }
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("beredskap-msel-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: copy) }
        let copiedFile = copy.appendingPathComponent(PlaybookDirectory.scenariosFolder).appendingPathComponent(file.lastPathComponent)
        do {
            try FileManager.default.copyItem(at: URL(fileURLWithPath: directory), to: copy)
            try Data(rewritten.utf8).write(to: copiedFile)
        } catch {
            return .refused(message: "Kunne ikke prøvelese playbooks i en midlertidig kopi: \(error.localizedDescription)", diagnostics: [])
        }
        let report = PlaybookLoader.load(directory: copy.path, now: now)
        guard report.errors.isEmpty, let read = report.organisation?.scenario(scenarioID) else {
            return .refused(message: "Med de nye innspillene ville playbooks fått feil, så ingenting er skrevet:", diagnostics: report.errors)
        }
        guard read.injects == injects else {
            return .refused(message: "Innspillene ble ikke lest tilbake slik de ble skrevet, så ingenting er skrevet.", diagnostics: [])
        }
        do {
            try Data(rewritten.utf8).write(to: file, options: .atomic)
        } catch {
            return .refused(message: "Kunne ikke skrive \(file.path): \(error.localizedDescription)", diagnostics: [])
        }
        return .written(path: file.path, warnings: report.warnings)
    }

    /// The `ovelser/*.yaml` whose top-level `id` is `scenarioID`.
    private static func file(of scenarioID: String, in folder: URL) -> URL? {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.sorted().filter { $0.hasSuffix(".yaml") }.map { folder.appendingPathComponent($0) }.first { url in
            guard let text = try? String(contentsOf: url, encoding: .utf8),
                  let top = (try? Yams.load(yaml: text)) as? [String: Any] else { return false }
            return (top["id"] as? String) == scenarioID
        }
    }
}

import BeredskapCore
import Foundation
import Yams

/// A procedure as read: the systems it names count for coverage even when the procedure itself is broken.
struct ParsedProcedure {
    var systems: [String]
    var procedure: Procedure?
    /// Where `categories` is written, for lint's word on a procedure that only its category could select.
    var categoriesAt: Location? = nil
}

/// `prosedyrer/*.yaml`: one nødprosedyre per file, steps by phase (factsheet 2f-2h, Normen 5.9).
enum ProcedureFile {
    /// The phases a procedure can have steps for; evaluation (3d) is done after, not from a checklist.
    static let phases = Phase.allCases.filter { $0 != .evaluated }
    /// The factsheet's numbered steps, 1a-1g, 2a-2k, 3a-3d.
    static let factsheetSteps = ["1": "abcdefg", "2": "abcdefghijk", "3": "abcd"]
        .flatMap { number, letters in letters.map { "\(number)\($0)" } }.sorted()

    static func read(_ file: YAMLFile, context: LoadContext) -> ParsedProcedure {
        let required = ["id", "title", "version", "type", "systems", "categories", "factsheet", "phases"]
        guard let top = file.topLevel(required: required, optional: ["forms", "documents"], kind: .procedure,
                                      context: context) else {
            return ParsedProcedure(systems: [], procedure: nil)
        }
        // A procedure's home is the file named after its id: a copy of it under another name is the duplicate.
        let stem = URL(fileURLWithPath: file.path).deletingPathExtension().lastPathComponent
        let id = top.identifier(.procedure, fileStem: stem)
        let title = top.string("title")
        let version = top.string("version")
        let mode = top.choice("type", FallbackMode.self)
        let systems = top.references(.system, "systems").map(\.value)
        let categories = top.references(.category, "categories").map { CategoryID($0.value) }
        let factsheet = top.texts("factsheet")
        for step in factsheet where !factsheetSteps.contains(step.value) {
            context.lint.error("ukjent punkt «\(step.value)» fra faktaarket i \(top.label)", at: step.location,
                               hint: "faktaarket har punktene 1a–1g, 2a–2k og 3a–3d")
        }
        let forms = top.references(.form, "forms").map { FormTypeID($0.value) }
        let documents = top.texts("documents").map(\.value)
        // Step ids are unique per procedure file, so a copied file reports its duplicate id once, not every step.
        let steps = top.node("phases").flatMap { phases($0, in: top, scope: file.path) }

        guard let id, let title, let version, let mode, let steps else {
            return ParsedProcedure(systems: systems, procedure: nil)
        }
        let procedure = Procedure(id: ProcedureID(id.value), title: title, version: version, contentHash: ContentHash.of(file.bytes),
                                  mode: mode.value, systems: systems.map { SystemID($0) }, categories: categories,
                                  factsheetSteps: factsheet.map(\.value), steps: steps, forms: forms, documents: documents)
        return ParsedProcedure(systems: systems, procedure: procedure, categoriesAt: top.keyLocation("categories"))
    }


    private static func phases(_ node: Node, in top: MappingReader, scope: String) -> [Phase: [Step]]? {
        guard let reader = MappingReader(node, file: top.file, context: top.context,
                                         subject: Subject(definite: "fasene", indefinite: "fasene"), idKey: nil,
                                         required: [], optional: phases.map(\.rawValue)) else { return nil }
        guard !reader.keys.isEmpty else {
            top.context.lint.error("\(top.label) har ingen faser", at: reader.location,
                                   hint: "legg til minst én fase (f.eks. «håndteres:») med steg under")
            return nil
        }
        var steps: [Phase: [Step]] = [:]
        for key in reader.keys {
            guard let phase = Phase(rawValue: key.value), phases.contains(phase) else { continue }
            if reader.isBlank(key.value) {
                top.context.lint.error("\(top.label) har fasen «\(key.value)», men ingen steg i den", at: key.location,
                                       hint: "legg til steg under «\(key.value):», eller fjern fasen")
            }
            steps[phase] = reader.items(key.value, subject: Kind.step.subject, required: ["id", "text", "role"],
                                        optional: ["within", "kind", "critical", "done_by", "last"]).compactMap { step($0, scope: scope) }
        }
        return steps
    }

    private static func step(_ item: MappingReader, scope: String) -> Step? {
        let id = item.identifier(.step, scope: scope)
        let text = item.string("text")
        let role = item.reference(.role, "role")
        let within = item.duration("within")
        let kind = item.choice("kind", Step.Kind.self)
        let critical = item.bool("critical")
        let doneBy = item.fulfilment()
        guard let id, let text, let role else { return nil }
        return Step(id: StepID(id.value), text: text, role: RoleID(role.value), within: within, kind: kind?.value ?? .readDo,
                    critical: critical ?? false, doneBy: doneBy, last: item.bool("last") ?? false)
    }
}

import Foundation
import Yams

/// One playbook file: its bytes exactly as on disk (procedures are hashed from them) and its YAML tree.
struct YAMLFile {
    /// Relative to the playbooks directory, as diagnostics name it.
    let path: String
    let bytes: Data
    let root: Node

    /// nil (after reporting) when the file is not UTF-8, not YAML, empty, or beyond `PlaybookLimits`.
    init?(path: String, bytes: Data, lint: Lint) {
        self.path = path
        self.bytes = bytes
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let place = PlaybookLimits.firstInvalidUTF8(in: bytes)
            lint.error("filen er ikke gyldig UTF-8-tekst", at: Location(file: path, line: place?.line ?? 0, column: place?.column ?? 0),
                       hint: "lagre filen som UTF-8 i editoren")
            return nil
        }
        do {
            guard let root = try Yams.compose(yaml: text) else {
                lint.error("filen er tom", at: .file(path), hint: "se docs/PLAYBOOKS.md for hva filen skal inneholde")
                return nil
            }
            if let excess = PlaybookLimits.firstExcess(in: root) {
                lint.error(excess.message, at: Location(file: path, mark: excess.mark), hint: excess.hint)
                return nil
            }
            self.root = root
        } catch let error as YamlError {
            let problem = YAMLSyntax.diagnostic(for: error, in: text)
            lint.error(problem.message, at: problem.location.map { Location(file: path, line: $0.line, column: $0.column) }
                           ?? Location(file: path, mark: problem.mark), hint: problem.hint)
            return nil
        } catch {
            lint.error("filen kunne ikke leses som YAML: \(error)", at: .file(path))
            return nil
        }
    }
}

/// libyaml's problems in Norwegian, at the mark libyaml gives.
enum YAMLSyntax {
    /// The problems editors most often cause, with what usually fixes them.
    private static let known: [String: (message: String, hint: String)] = [
        "mapping values are not allowed in this context":
            ("kolon på et sted der YAML ikke venter en verdi", "sett tekst som inneholder «: » i anførselstegn, og sjekk innrykket"),
        "did not find expected key":
            ("fant ikke en nøkkel der innrykket krever en", "sjekk at linjene i samme liste eller mapping har likt innrykk"),
        "did not find expected '-' indicator":
            ("fant ikke forventet «-» i listen", "sjekk at alle elementene i listen har likt innrykk"),
        "found character that cannot start any token":
            ("tegn som ikke kan begynne en verdi (ofte en tabulator)",
             "bruk mellomrom til innrykk, og sett tekst som begynner med @ eller ` i anførselstegn"),
        "found unexpected end of stream":
            ("filen slutter midt i en verdi som begynner her", "sjekk at alle anførselstegn og klammer er lukket"),
        "found undefined alias":
            ("ukjent alias (*navn uten et &navn)", "definer ankeret med &navn før det brukes"),
        "did not find expected ',' or ']'":
            ("fant ikke «,» eller «]» i listen", "lukk listen med ], og sett tekst som inneholder komma i anførselstegn"),
        "did not find expected ',' or '}'":
            ("fant ikke «,» eller «}»", "lukk med }, og sett tekst som inneholder komma i anførselstegn"),
        "did not find expected node content":
            ("fant ingen verdi der YAML venter en", "sjekk at lister og verdier er fullført, og at klammer er lukket"),
        "could not find expected ':'":
            ("fant ikke forventet «:» etter nøkkelen", "skriv «nøkkel: verdi», med mellomrom etter kolon; hører linjen til en tekst over, rykk den inn likt med teksten"),
    ]

    /// The message, hint and place; `location` (line, column) when the place is a line found by
    /// `IndentationCulprit` rather than libyaml's mark.
    static func diagnostic(for error: YamlError, in text: String)
        -> (message: String, hint: String, mark: Mark?, location: (line: Int, column: Int)?) {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let known = known[problem]
            let message = "YAML-syntaksfeil: " + (known?.message ?? problem)
            if IndentationCulprit.problems.contains(problem), let culprit = IndentationCulprit.find(in: text, reportedLine: mark.line),
               culprit.line != mark.line {
                return ("YAML-syntaksfeil: feil innrykk", "rykk inn linjen likt med linjene den hører sammen med "
                    + "(YAML merket feilen først på linje \(mark.line))", nil, culprit)
            }
            // At the end of the file the problem mark is useless; where the unfinished value began is not. A key
            // without its colon is blamed where the key began.
            let place = problem.contains("end of stream") || problem == "could not find expected ':'" ? context?.mark ?? mark : mark
            return (message, known?.hint ?? "sjekk innrykk, kolon og anførselstegn her og på linjen over", place, nil)
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.map { "«\($0)»" }.joined(separator: ", ")
            let noun = duplicates.count == 1 ? "nøkkelen" : "nøklene"
            return ("\(noun) \(keys) står flere ganger i samme mapping", "behold bare én av hver", context.mark, nil)
        default:
            return ("filen kunne ikke leses som YAML: \(error)", "sjekk at filen er ren tekst", nil, nil)
        }
    }
}

import BeredskapCore
import Foundation

/// Reads an MSEL CSV file (`MSELExport`'s columns, in any order) into a scenario's injects, checking it the way
/// lint checks YAML: every problem at once, each at `FILE:LINE:COLUMN` of the CSV. The injects are only given when
/// there is no error.
public enum MSELImport {
    public struct Result {
        /// nil when there is an error.
        public var injects: [Inject]?
        public var diagnostics: [Diagnostic]
    }

    /// `path` names the file in the diagnostics; `scenario` gives the objectives, `organisation` the roles.
    public static func read(_ text: String, path: String, scenario: ExerciseScenario, organisation: Organisation) -> Result {
        let lint = Lint()
        let table = CSVTable(text)
        for problem in table.problems {
            lint.error(problem.message, at: Location(file: path, line: problem.line, column: problem.column), hint: problem.hint)
        }
        guard let header = table.records.first else {
            lint.error("filen har ingen rader", at: .file(path),
                       hint: "eksporter scenariet med `beredskap exercise msel export SCENARIO` og bruk den som mal")
            return Result(injects: nil, diagnostics: lint.sorted)
        }
        var reader = RowReader(path: path, lint: lint, scenario: scenario, organisation: organisation)
        guard let columns = reader.columns(of: header) else { return Result(injects: nil, diagnostics: lint.sorted) }
        for record in table.records.dropFirst() { reader.add(record, columns: columns) }
        if reader.injects.isEmpty {
            lint.error("filen har ingen innspill under overskriftene", at: Location(file: path, line: header.line, column: 1),
                       hint: "et scenario trenger minst ett innspill")
        }
        return Result(injects: lint.hasErrors ? nil : reader.injects, diagnostics: lint.sorted)
    }
}

/// The rows one by one: an inject's first row gives its time, role, sender and text; the rows right after it with
/// the same id add expected actions.
private struct RowReader {
    let path: String
    let lint: Lint
    let scenario: ExerciseScenario
    let organisation: Organisation
    private(set) var injects: [Inject] = []
    /// Where each inject and expectation id was first written.
    private var injectLines: [String: Int] = [:]
    private var expectationLines: [String: Int] = [:]
    /// The inject the rows right above were about, valid or not.
    private var lastID: String?

    init(path: String, lint: Lint, scenario: ExerciseScenario, organisation: Organisation) {
        self.path = path
        self.lint = lint
        self.scenario = scenario
        self.organisation = organisation
    }

    private func location(_ record: CSVTable.Record, _ cell: CSVTable.Cell?) -> Location {
        Location(file: path, line: record.line, column: cell?.column ?? 1)
    }

    /// Each column's index, from the header row; nil (after reporting) when a column is missing or unknown.
    func columns(of header: CSVTable.Record) -> [MSELColumn: Int]? {
        var columns: [MSELColumn: Int] = [:]
        var valid = true
        let names = MSELColumn.allCases.map(\.rawValue)
        for (index, cell) in header.cells.enumerated() {
            let name = cell.text.trimmingCharacters(in: .whitespaces).lowercased()
            if let column = MSELColumn(rawValue: name) {
                if columns[column] != nil {
                    lint.error("kolonnen «\(name)» står to ganger", at: location(header, cell), hint: "slett den ene")
                    valid = false
                }
                columns[column] = index
            } else if !name.isEmpty {
                lint.error("ukjent kolonne «\(InertText.make(cell.text))»", at: location(header, cell),
                           hint: NearestKey.hint(for: name, among: names, otherwise: "kolonnene er " + names.joined(separator: ", ")))
                valid = false
            }
        }
        let missing = MSELColumn.allCases.filter { columns[$0] == nil }
        if !missing.isEmpty {
            lint.error("kolonnen\(missing.count == 1 ? "" : "e") " + missing.map { "«\($0.rawValue)»" }.joined(separator: ", ") + " mangler",
                       at: Location(file: path, line: header.line, column: 1),
                       hint: "første rad er overskriftene: " + names.joined(separator: ";"))
        }
        return missing.isEmpty && valid ? columns : nil
    }

    mutating func add(_ record: CSVTable.Record, columns: [MSELColumn: Int]) {
        let cell = { (column: MSELColumn) -> CSVTable.Cell? in
            record.cells.indices.contains(columns[column]!) ? record.cells[columns[column]!] : nil
        }
        let value = { (column: MSELColumn) -> String in
            CSVCell.text(cell(column)?.text.trimmingCharacters(in: .whitespacesAndNewlines) ?? "")
        }
        if record.cells.count > MSELColumn.allCases.count {
            lint.error("raden har \(record.cells.count) celler, men filen har \(MSELColumn.allCases.count) kolonner",
                       at: location(record, record.cells[MSELColumn.allCases.count]),
                       hint: "en celle med ; eller linjeskift i teksten må stå i anførselstegn")
        }
        let id = value(.inject)
        guard !id.isEmpty else {
            lint.error("innspillets id mangler", at: location(record, cell(.inject)),
                       hint: "skriv id-en (f.eks. «i1») på hver rad, også på radene med flere forventninger til samme innspill")
            return
        }
        guard identifier(id, at: location(record, cell(.inject))) else { return }
        if lastID == id {
            // Compared only with a first row that was read; a broken one has its own errors already.
            let columns = injects.last?.id.rawValue == id ? MSELColumn.injectColumns : []
            for column in columns where !value(column).isEmpty && value(column) != own(injects[injects.count - 1], column) {
                lint.error("«\(column.rawValue)» for innspillet «\(id)» er ikke den samme som på rad \(injectLines[id]!)",
                           at: location(record, cell(column)),
                           hint: "la cellen stå tom på radene etter den første for innspillet, eller skriv det samme")
            }
        } else {
            if let first = injectLines[id] {
                lint.error("innspillet «\(id)» står allerede på rad \(first)", at: location(record, cell(.inject)),
                           hint: "gi innspillet en annen id, eller flytt raden opp til de andre radene for «\(id)»")
                return
            }
            injectLines[id] = record.line
            lastID = id
            if let inject = inject(id, value: value, cell: cell, record: record) { injects.append(inject) }
        }
        if let expectation = expectation(value: value, cell: cell, record: record), !injects.isEmpty,
           injects[injects.count - 1].id.rawValue == id {
            injects[injects.count - 1].expectations.append(expectation)
        }
    }

    private func own(_ inject: Inject, _ column: MSELColumn) -> String {
        switch column {
        case .time: ExerciseClockTime(elapsed: inject.at.seconds).description
        case .to: inject.to.rawValue
        case .from: inject.from
        case .text: inject.text
        case .inject, .expectation, .expectedAction, .objective: ""
        }
    }

    private func inject(_ id: String, value: (MSELColumn) -> String, cell: (MSELColumn) -> CSVTable.Cell?,
                        record: CSVTable.Record) -> Inject? {
        for column in MSELColumn.injectColumns where value(column).isEmpty {
            lint.error("«\(column.rawValue)» er tom for innspillet «\(id)»", at: location(record, cell(column)),
                       hint: "første rad for et innspill har tid, til, fra og tekst")
        }
        let at = time(value(.time), at: location(record, cell(.time)))
        let role = self.role(value(.to), at: location(record, cell(.to)))
        for column in [MSELColumn.from, .text] { checkIdentity(value(column), at: location(record, cell(column))) }
        guard let at, let role, !value(.from).isEmpty, !value(.text).isEmpty else { return nil }
        return Inject(id: InjectID(id), at: at, to: role, from: value(.from), text: value(.text), expectations: [])
    }

    private mutating func expectation(value: (MSELColumn) -> String, cell: (MSELColumn) -> CSVTable.Cell?,
                                      record: CSVTable.Record) -> Expectation? {
        let columns = MSELColumn.expectationColumns
        guard columns.contains(where: { !value($0).isEmpty }) else { return nil }
        for column in columns where value(column).isEmpty {
            lint.error("«\(column.rawValue)» er tom", at: location(record, cell(column)),
                       hint: "en forventet handling har id, tekst og øvingsmål; la alle tre stå tomme for et innspill uten")
        }
        let id = value(.expectation)
        var valid = !id.isEmpty && identifier(id, at: location(record, cell(.expectation)))
        if valid, let first = expectationLines[id] {
            lint.error("forventningen «\(id)» står allerede på rad \(first)", at: location(record, cell(.expectation)),
                       hint: "hver forventet handling har sin egen id i scenariet")
            valid = false
        } else if valid {
            expectationLines[id] = record.line
        }
        let objective = value(.objective)
        let objectives = scenario.objectives.map(\.id.rawValue)
        if !objective.isEmpty, !objectives.contains(objective) {
            lint.error("ukjent øvingsmål «\(InertText.make(objective))»", at: location(record, cell(.objective)),
                       hint: NearestKey.hint(for: objective, among: objectives, otherwise: "scenariets mål er " + objectives.joined(separator: ", ")))
            valid = false
        }
        checkIdentity(value(.expectedAction), at: location(record, cell(.expectedAction)))
        guard valid, !value(.expectedAction).isEmpty, !objective.isEmpty else { return nil }
        return Expectation(id: ExpectationID(id), text: value(.expectedAction), objective: ObjectiveID(objective))
    }

    /// `T+20`, `20`, `20m` or `1h30m`: minutes after the start on the exercise clock.
    private func time(_ text: String, at location: Location) -> Minutes? {
        guard !text.isEmpty else { return nil }
        var written = text.replacingOccurrences(of: " ", with: "")
        if written.uppercased().hasPrefix("T+") { written = String(written.dropFirst(2)) }
        if let minutes = Int(written), minutes >= 0 { return Minutes(minutes) }
        if written == "0m" { return Minutes(0) }
        if case .success(let minutes) = DurationSyntax.parse(written) { return minutes }
        lint.error("ugyldig tid «\(InertText.make(text))»", at: location,
                   hint: "skriv minutter etter start på øvelsesklokken, f.eks. «T+20», «20» eller «1h30m»")
        return nil
    }

    /// A role by its id or its name.
    private func role(_ text: String, at location: Location) -> RoleID? {
        guard !text.isEmpty else { return nil }
        if let role = organisation.roles.first(where: { $0.id.rawValue == text || $0.name.lowercased() == text.lowercased() }) {
            return role.id
        }
        let ids = organisation.roles.map(\.id.rawValue)
        lint.error("ukjent rolle «\(InertText.make(text))»", at: location,
                   hint: NearestKey.hint(for: text, among: ids, otherwise: "rollene står i roller.yaml: " + ids.joined(separator: ", ")))
        return nil
    }

    private func identifier(_ id: String, at location: Location) -> Bool {
        guard MappingReader.isIdentifier(id) else {
            lint.error("id-en «\(InertText.make(id))» kan bare ha bokstaver, sifre, - og _", at: location,
                       hint: "id-er skrives på kommandolinjen, f.eks. «i3» eller «f12»")
            return false
        }
        return true
    }

    private func checkIdentity(_ text: String, at location: Location) {
        ScenarioFile.refuseIdentityNumber(text, at: location, lint: lint)
    }
}

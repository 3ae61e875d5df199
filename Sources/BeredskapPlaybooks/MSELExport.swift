import BeredskapCore

/// A scenario's injects as an MSEL CSV file for a spreadsheet: UTF-8 with a byte order mark (so Excel reads æøå
/// right), `;` between cells (what Excel expects where the decimal separator is a comma, as in Norway), CRLF between
/// records (RFC 4180), every cell quoted and defused (`CSVCell`). One row per expected action; an inject without
/// any has one row of its own. `MSELImport` reads the file back to the same injects.
public enum MSELExport {
    public static func csv(_ scenario: ExerciseScenario) -> String {
        var rows = [MSELColumn.allCases.map(\.rawValue)]
        for inject in scenario.injects {
            let own = [inject.id.rawValue, ExerciseClockTime(elapsed: inject.at.seconds).description, inject.to.rawValue,
                       inject.from, inject.text]
            let expectations = inject.expectations.map { [$0.id.rawValue, $0.text, $0.objective.rawValue] }
            for (index, expectation) in (expectations.isEmpty ? [["", "", ""]] : expectations).enumerated() {
                rows.append((index == 0 ? own : [inject.id.rawValue, "", "", "", ""]) + expectation)
            }
        }
        return "\u{FEFF}" + rows.map { $0.map(CSVCell.quoted).joined(separator: ";") + "\r\n" }.joined()
    }
}

@testable import BeredskapPlaybooks
import Testing

/// Phone numbers in kontakter.yaml are checked before someone dials them at 03:00.
@Suite struct PhoneNumberTests {
    @Test(arguments: ["+47 22 00 00 01", "22000001", "0047 22 00 00 01", "+47 113", "113", "1881", "02800",
                      "+46 8 123 456 78", "+44 20 7946 0958", "+47 (22) 00-00.01"])
    func acceptedNumbers(number: String) {
        #expect(PhoneNumberRule.problem(number) == nil)
    }

    @Test(arguments: [
        ("+47 22 OO 00 01", "bokstaven O", "«+47 22 00 00 01»"),
        ("+47 22 00 00 0", "7 sifre etter +47", "mangler"),
        ("+47 22 00 00 011", "9 sifre etter +47", "for mye"),
        ("2200001", "7 sifre; et norsk nummer har 8", "mangler"),
        ("+47 22 00 00 01 tast 2", "inneholder «t»", "bare sifre"),
        ("+1 555", "4 sifre med landskoden", "landskoden"),
    ])
    func refusedNumbers(number: String, message: String, hint: String) throws {
        let problem = try #require(PhoneNumberRule.problem(number))
        #expect(problem.message.contains(message), "\(problem.message)")
        #expect(problem.hint.contains(hint), "\(problem.hint)")
    }

    @Test func lintNamesTheLineAndColumnOfTheWrongNumber() throws {
        let copy = try PlaybookCopy()
        try copy.replace("kontakter.yaml", #"phones: ["+47 22 00 00 01", "+47 22 00 00 02"]"#,
                         with: #"phones: ["+47 22 00 00 01", "+47 22 OO 00 02"]"#)
        let report = copy.load()
        let diagnostic = try #require(report.errors.first { $0.message.contains("bokstaven O") })
        #expect(diagnostic.file == "kontakter.yaml")
        #expect(diagnostic.line == 7 && diagnostic.column == 33, "\(diagnostic)")
        #expect(diagnostic.hint?.contains("«+47 22 00 00 02»") == true)
    }
}

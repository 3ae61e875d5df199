import BeredskapCore

/// `testplan.yaml`: the yearly test plan (Normen 5.9, factsheet 3b): for each procedure the kind of test, the month
/// and the responsible role. Every procedure must be in it at least once, so each is tested at least yearly.
enum TestPlanSection {
    struct Plan {
        var tests: [PlannedTest] = []
        /// Where `tests` is, for a procedure the plan leaves out; nil when the file could not be read.
        var location: Location?

        func checkCoverage(of procedures: [ProcedureID], lint: Lint) {
            guard let location else { return }
            let planned = Set(tests.map(\.procedure))
            for procedure in procedures where !planned.contains(procedure) {
                lint.error("prosedyren «\(procedure)» har ingen test i testplanen", at: location,
                           hint: "legg til en test av den under «tests» med procedure, kind, month og responsible "
                               + "(Normen 5.9: hver prosedyre testes minst én gang i året)")
            }
        }
    }

    static func read(_ file: YAMLFile, context: LoadContext) -> Plan {
        guard let top = file.topLevel(required: ["tests"], context: context) else { return Plan() }
        let tests = top.items("tests", subject: Subject(definite: "testen", indefinite: "en test"), idKey: "procedure",
                              required: ["procedure", "kind", "month", "responsible"]).compactMap(test)
        return Plan(tests: tests, location: top.keyLocation("tests"))
    }

    private static func test(_ item: MappingReader) -> PlannedTest? {
        let procedure = item.reference(.procedure, "procedure")
        let kind = item.choice("kind", TestKind.self)
        let month = item.choice("month", PlannedTest.Month.self)
        let responsible = item.reference(.role, "responsible")
        guard let procedure, let kind, let month, let responsible else { return nil }
        return PlannedTest(procedure: ProcedureID(procedure.value), kind: kind.value, month: month.value,
                           responsible: RoleID(responsible.value))
    }
}

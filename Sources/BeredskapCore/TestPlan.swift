import Foundation

/// One line of the yearly test plan (`testplan.yaml`, Normen 5.9 and factsheet 3b): which procedure is tested how,
/// in which month, and which role answers for it.
public struct PlannedTest: Sendable, Equatable {
    /// Months as the plan names them.
    public enum Month: String, CaseIterable, Sendable {
        case januar, februar, mars, april, mai, juni, juli, august, september, oktober, november, desember

        /// 1 for januar, 12 for desember.
        public var number: Int { Self.allCases.firstIndex(of: self)! + 1 }
    }

    public var procedure: ProcedureID
    public var kind: TestKind
    public var month: Month
    public var responsible: RoleID
    public init(procedure: ProcedureID, kind: TestKind, month: Month, responsible: RoleID) {
        self.procedure = procedure
        self.kind = kind
        self.month = month
        self.responsible = responsible
    }

    /// `bordøvelse i februar (beredskapskoordinator)`.
    public var text: String { "\(kind.word) i \(month.rawValue) (\(responsible))" }
}

/// One procedure's line in the report's plan against done.
public struct PlanAgainstDone: Sendable, Equatable {
    public var procedure: ProcedureID
    public var title: String
    public var planned: [PlannedTest]
    /// The tests in the period, oldest first.
    public var done: [ProcedureUse]
}

extension ProcedureTesting {
    /// Every procedure with its planned tests and the tests done in `from..<to`, in the playbooks' order.
    public static func planAgainstDone(_ organisation: Organisation, uses: [ProcedureUse], from: Date, to: Date) -> [PlanAgainstDone] {
        organisation.procedures.map { procedure in
            PlanAgainstDone(procedure: procedure.id, title: procedure.title,
                            planned: organisation.testPlan.filter { $0.procedure == procedure.id },
                            done: uses.filter { $0.procedure == procedure.id && $0.at >= from && $0.at < to }.sorted { $0.at < $1.at })
        }
    }
}

extension TestEvidence {
    /// As the report says it: `øvelse`, `hendelse H-2026-004`, `gjenopprettingstest (delvis)`.
    public var text: String {
        switch self {
        case .exercise: "øvelse"
        case .incident(let id): "hendelse \(id)"
        case .recorded(let kind, let outcome): "\(kind.word) (\(outcome.rawValue))"
        }
    }
}

/// One line of the yearly test plan (`testplan.yaml`, Normen 5.9 and factsheet 3b): which procedure is tested how,
/// in which month, and which role answers for it.
public struct PlannedTest: Sendable, Equatable {
    public var procedure: ProcedureID
    public var kind: TestKind
    /// 1 = January.
    public var month: Int
    public var responsible: RoleID
    public init(procedure: ProcedureID, kind: TestKind, month: Int, responsible: RoleID) {
        self.procedure = procedure
        self.kind = kind
        self.month = month
        self.responsible = responsible
    }
}

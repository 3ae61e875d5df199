import Foundation

/// A nødprosedyre: steps by phase for a kind of outage, in one of the two Normen 5.9 types.
public struct Procedure: Sendable, Equatable {
    public var id: ProcedureID
    public var title: String
    public var version: String
    /// SHA-256 of the procedure's file as written, so every event that follows it names the exact version.
    public var contentHash: String
    public var mode: FallbackMode
    public var systems: [SystemID]
    public var categories: [CategoryID]
    /// Factsheet steps it covers, e.g. `2f`.
    public var factsheetSteps: [String]
    public var steps: [Phase: [Step]]
    public var forms: [FormTypeID]
    /// Related documents (factsheet 2j): technical procedures for emergency operation and restoration.
    public var documents: [String]

    public init(id: ProcedureID, title: String, version: String, contentHash: String, mode: FallbackMode, systems: [SystemID],
                categories: [CategoryID], factsheetSteps: [String], steps: [Phase: [Step]], forms: [FormTypeID], documents: [String]) {
        self.id = id
        self.title = title
        self.version = version
        self.contentHash = contentHash
        self.mode = mode
        self.systems = systems
        self.categories = categories
        self.factsheetSteps = factsheetSteps
        self.steps = steps
        self.forms = forms
        self.documents = documents
    }

    public var ref: ProcedureRef { ProcedureRef(id: id, contentHash: contentHash) }

    /// The steps of a phase, critical ones first, otherwise in written order.
    /// Critical steps first, then the others, each in the order written; a gate step (`last`, e.g. the 2h
    /// control confirmation that closes the phase) stays at the end however critical it is.
    public func checklist(for phase: Phase) -> [Step] {
        Self.checklistOrder(steps[phase] ?? [], step: { $0 })
    }

    /// The checklist's order for anything holding a step (one procedure's steps, or the rows of several):
    /// critical first, then the others, the gate steps last, each group in the order given.
    public static func checklistOrder<Item>(_ items: [Item], step: (Item) -> Step) -> [Item] {
        let body = items.filter { !step($0).last }
        return body.filter { step($0).critical } + body.filter { !step($0).critical } + items.filter { step($0).last }
    }
}

/// One checklist step.
public struct Step: Sendable, Equatable {
    /// READ-DO: read the step, then do it. DO-CONFIRM: do from memory, then confirm against the list.
    public enum Kind: String, Sendable, Equatable, CaseIterable {
        case readDo = "read-do"
        case doConfirm = "do-confirm"
    }
    public var id: StepID
    public var text: String
    public var role: RoleID
    /// Deadline from when the phase began.
    public var within: Minutes?
    public var kind: Kind
    public var critical: Bool
    /// A gate: the step that must come last in its phase, kept there when critical steps are moved first.
    public var last: Bool
    /// The event that ticks the step when it is journaled.
    public var doneBy: Fulfilment?
    public init(id: StepID, text: String, role: RoleID, within: Minutes?, kind: Kind, critical: Bool, doneBy: Fulfilment? = nil,
                last: Bool = false) {
        self.doneBy = doneBy
        self.last = last
        self.id = id
        self.text = text
        self.role = role
        self.within = within
        self.kind = kind
        self.critical = critical
    }
}

import Foundation

/// The plan as a controlled document (Normen 2.3: documents are versioned and old versions kept): who approved
/// which content, what changed between versions, and which departments hold a binder.
public struct DocumentControl: Sendable, Equatable {
    public var approval: PlanApproval?
    /// Newest first, as written in organisasjon.yaml.
    public var changes: [PlanChange]
    public var distribution: [Department]
    public var quickCard: QuickCard
    /// The hash over the files the binder is made from, as they are now (see `PlanHash` in the playbooks module).
    public var planHash: String

    public init(approval: PlanApproval? = nil, changes: [PlanChange] = [], distribution: [Department] = [],
                quickCard: QuickCard = QuickCard(), planHash: String) {
        self.approval = approval
        self.changes = changes
        self.distribution = distribution
        self.quickCard = quickCard
        self.planHash = planHash
    }

    /// Approved, and nothing the binder is made from has changed since: otherwise every page is a draft.
    public var isApproved: Bool { approval?.hash == planHash }

    public func department(_ id: String) -> Department? { distribution.first { $0.id == id } }
}

/// Who approved the plan, on which day, and the content hash they approved.
public struct PlanApproval: Sendable, Equatable {
    public var by: String
    public var at: Date
    public var hash: String

    public init(by: String, at: Date, hash: String) {
        self.by = by
        self.at = at
        self.hash = hash
    }
}

/// One line of the change log.
public struct PlanChange: Sendable, Equatable {
    public var version: String
    public var date: Date
    public var change: String
    public var by: String

    public init(version: String, date: Date, change: String, by: String) {
        self.version = version
        self.date = date
        self.change = change
        self.by = by
    }
}

/// A department on the distribution list: how many binders it holds, and where the binder and the paper forms are.
public struct Department: Sendable, Equatable {
    public var id: String
    public var name: String
    public var copies: Int
    public var binderPlace: String
    public var formsPlace: String

    public init(id: String, name: String, copies: Int, binderPlace: String, formsPlace: String) {
        self.id = id
        self.name = name
        self.copies = copies
        self.binderPlace = binderPlace
        self.formsPlace = formsPlace
    }
}

/// What every department's one-page card says beside its own places: whom to call first (IT on call, then the
/// contacts notified at the first raised level) and the first things to do, in the playbooks' words.
public struct QuickCard: Sendable, Equatable {
    public var itOnCall: ContactID?
    public var firstSteps: [String]

    public init(itOnCall: ContactID? = nil, firstSteps: [String] = []) {
        self.itOnCall = itOnCall
        self.firstSteps = firstSteps
    }
}

extension Organisation {
    /// The hash the binder names: the plan hash under document control, else the hash over the procedures.
    public var planHash: String { documentControl?.planHash ?? proceduresHash }
}

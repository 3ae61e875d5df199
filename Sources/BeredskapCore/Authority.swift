import Foundation

/// The decisions the playbooks can reserve for a krisestab role (Normen 5.2.1 and 5.2.2: responsibility and
/// authority are placed with named roles; 5.4.4; factsheet 2c and 2e). Set in roller.yaml under `decisions`.
public enum ReservedDecision: String, CaseIterable, Sendable {
    /// Raising the readiness level, or lowering it (also when the last incident closes).
    case level
    /// Confirming control and situational awareness before restoration (factsheet 2h).
    case control
    /// Approving a message before it is sent (factsheet 2i).
    case messageApproval = "message_approval"
    /// Appointing the krisestab lead, or handing the role over.
    case appointLead = "appoint_lead"

    /// What the decision is, after «kan»: «Bare krisestabsleder kan endre beredskapsnivået».
    public var words: String {
        switch self {
        case .level: "endre beredskapsnivået"
        case .control: "bekrefte kontroll"
        case .messageApproval: "godkjenne meldinger"
        case .appointLead: "utpeke krisestabsleder"
        }
    }
}

/// Who may take a reserved decision: the holder of `role`; with `relay`, also anyone recording it «på vegne av»
/// the holder (a decision given by phone), which the journal keeps with who relayed it.
public struct DecisionAuthority: Sendable, Equatable {
    public var role: RoleID
    public var relay: Bool
    public init(role: RoleID, relay: Bool) {
        self.role = role
        self.relay = relay
    }

    /// What holds when the playbooks reserve nothing: messages are approved by the krisestab lead, by phone too.
    public static let defaults: [ReservedDecision: DecisionAuthority] = [.messageApproval: DecisionAuthority(role: .crisisLead, relay: true)]
}

/// How a relayed decision is marked wherever it is read: « (på vegne av Kari Nordmann)», nothing when the operator
/// took it.
public enum RelayMark {
    public static func text(_ decidedBy: String?) -> String { decidedBy.map { " (på vegne av \($0))" } ?? "" }
}

/// A reserved decision that the operator may not take alone: the role it is reserved for and who holds it now.
public struct RelayNeed: Sendable, Equatable {
    public var authority: DecisionAuthority
    public var roleName: String
    /// The person holding the role; nil while nobody does.
    public var holder: String?
}

extension State {
    /// What `operatorName` needs to take `decision`: nil when they may take it alone (nothing is reserved, they
    /// hold the role, or it is the first appointment of a krisestab lead who appoints their successors).
    public func relayNeed(_ decision: ReservedDecision, by operatorName: OperatorName) -> RelayNeed? {
        guard let authority = organisation.authority[decision] else { return nil }
        let holder = roles[authority.role]
        if let holder, Self.samePerson(holder, operatorName.rawValue) { return nil }
        if holder == nil, decision == .appointLead, authority.role == .crisisLead { return nil }
        return RelayNeed(authority: authority, roleName: organisation.role(authority.role)?.name ?? authority.role.rawValue, holder: holder)
    }

    /// Names as people type them: spaces around and letter case do not matter.
    public static func samePerson(_ a: String, _ b: String) -> Bool {
        let trim = { (name: String) in name.trimmingCharacters(in: .whitespacesAndNewlines) }
        return trim(a).compare(trim(b), options: [.caseInsensitive]) == .orderedSame
    }
}

extension Decision {
    /// Checks that this command may take `decision`, and returns whom it was relayed for when it was relayed.
    /// Accepted from whoever `State.relayNeed` lets decide alone; else, where the playbooks allow it, relayed on
    /// the holder's behalf, or on behalf of a named person while nobody holds the role (03:00, before the
    /// krisestab meets). A relay named by someone who may decide alone is not recorded.
    func authorise(_ decision: ReservedDecision) throws(Refusal) -> String? {
        guard let need = state.relayNeed(decision, by: command.operatorName) else { return nil }
        guard let relayed = command.onBehalfOf?.trimmingCharacters(in: .whitespacesAndNewlines), !relayed.isEmpty else {
            throw .reservedDecision(decision, roleName: need.roleName, holder: need.holder, relayAllowed: need.authority.relay)
        }
        try FreeText.require(relayed, field: "på vegne av")
        guard need.authority.relay else { throw .relayNotAllowed(decision, roleName: need.roleName) }
        if let holder = need.holder, !State.samePerson(holder, relayed) {
            throw .relayedForNonHolder(decision, named: relayed, roleName: need.roleName, holder: holder)
        }
        return relayed
    }
}

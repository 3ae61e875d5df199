import Foundation

/// A system in the register (factsheet 1a-1g): its class, owner, vendor and dependencies, what losing it means,
/// the risk assessment behind it, who accepted its max outage time, and what the vendor agreement promises.
public struct SystemEntry: Sendable, Equatable {
    public var id: SystemID
    public var name: String
    public var classID: String
    public var owner: String
    public var vendor: ContactID?
    public var dependsOn: [SystemID]
    public var procedures: [String]
    /// A max outage stricter than the class's: power, MTU monitoring, telephony and alarms tolerate minutes.
    public var maxOutage: Minutes?
    /// Konsekvens ved bortfall (1a): what stops, for whom, and what it means for patients.
    public var consequence: String?
    /// The risk assessment of the system (1d), as a reference to where it is kept.
    public var riskAssessment: String?
    /// Who accepted the max outage time, and when (1e: the acceptable risk for availability is a management decision).
    public var maxOutageApproved: Approval?
    /// The operations vendor's roles, deliveries and own emergency procedures (1g).
    public var agreement: VendorAgreement?

    public init(id: SystemID, name: String, classID: String, owner: String, vendor: ContactID? = nil,
                dependsOn: [SystemID] = [], procedures: [String] = [], maxOutage: Minutes? = nil,
                consequence: String? = nil, riskAssessment: String? = nil, maxOutageApproved: Approval? = nil,
                agreement: VendorAgreement? = nil) {
        self.maxOutage = maxOutage
        self.id = id
        self.name = name
        self.classID = classID
        self.owner = owner
        self.vendor = vendor
        self.dependsOn = dependsOn
        self.procedures = procedures
        self.consequence = consequence
        self.riskAssessment = riskAssessment
        self.maxOutageApproved = maxOutageApproved
        self.agreement = agreement
    }
}

/// What was agreed with the vendor who runs or supports a system (factsheet 1g: roles, responsibility, deliveries
/// and the vendor's own emergency procedures).
public struct VendorAgreement: Sendable, Equatable {
    /// Where the agreement is, e.g. «Driftsavtale bilag 2 (SLA)».
    public var reference: String?
    /// Who does what between the vendor and us.
    public var roles: [String]
    /// How soon the vendor answers when the system is down.
    public var responseTime: Minutes?
    /// What the vendor delivers in an outage.
    public var deliveries: [String]
    /// The vendor's own emergency procedures, as a reference.
    public var vendorProcedures: String?

    public init(reference: String? = nil, roles: [String], responseTime: Minutes? = nil, deliveries: [String],
                vendorProcedures: String? = nil) {
        self.reference = reference
        self.roles = roles
        self.responseTime = responseTime
        self.deliveries = deliveries
        self.vendorProcedures = vendorProcedures
    }
}

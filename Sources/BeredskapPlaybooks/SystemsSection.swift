import BeredskapCore
import Foundation

/// A system as read, with what the graph checks need even when the entry itself is incomplete.
struct SystemRecord {
    var id: Located<String>
    var classID: String?
    /// The system's own max outage, when the register sets one; it must be stricter than its class's.
    var maxOutage: Located<Minutes>?
    var dependencies: [Located<String>]
    var listsProcedures: Bool
    /// Whether `consequence` (1a) and `risk_assessment` (1d) are written, for the documentation check.
    var hasConsequence: Bool
    var hasRiskAssessment: Bool
    /// nil when a required field is missing or invalid (already reported).
    var entry: SystemEntry?
}

/// `systemer.yaml`: the systems register (factsheet 1a-1g).
enum SystemsSection {
    static func read(_ file: YAMLFile, context: LoadContext, now: Date) -> [SystemRecord] {
        file.entries("systems", kind: .system, required: ["id", "name", "class", "owner"],
                     optional: ["vendor", "depends_on", "procedures", "max_outage", "consequence", "risk_assessment",
                                "max_outage_approved", "agreement"], context: context).compactMap { item in
            let id = item.identifier(.system)
            let name = item.string("name")
            let classID = item.reference(.criticalityClass, "class")
            let owner = item.string("owner")
            let vendor = item.reference(.contact, "vendor")
            let dependencies = item.references(.system, "depends_on")
            let procedures = item.references(.procedure, "procedures")
            let maxOutage = item.duration("max_outage")
            let consequence = item.string("consequence")
            let riskAssessment = item.string("risk_assessment")
            let approval = approval(item, now: now)
            let agreement = agreement(item)
            if item.has("agreement"), !item.has("vendor") {
                context.lint.warning("\(item.label) har «agreement», men ingen «vendor»", at: item.keyLocation("agreement"),
                                     hint: "skriv leverandøren avtalen er med som «vendor: kontakt-id» (faktaark 1g)")
            }
            guard let id else { return nil }
            var entry: SystemEntry?
            if let name, let classID, let owner {
                entry = SystemEntry(id: SystemID(id.value), name: name, classID: classID.value, owner: owner,
                                    vendor: vendor.map { ContactID($0.value) },
                                    dependsOn: dependencies.map { SystemID($0.value) }, procedures: procedures.map(\.value),
                                    maxOutage: maxOutage, consequence: consequence, riskAssessment: riskAssessment,
                                    maxOutageApproved: approval, agreement: agreement)
            }
            return SystemRecord(id: id, classID: classID?.value, maxOutage: item.text("max_outage").flatMap { text in
                                    maxOutage.map { Located(value: $0, location: text.location) } },
                                dependencies: dependencies, listsProcedures: !procedures.isEmpty,
                                hasConsequence: consequence != nil, hasRiskAssessment: riskAssessment != nil, entry: entry)
        }
    }

    /// `max_outage_approved: {by, date}` (1e): who accepted the max outage time, and when. A date ahead of today is
    /// a warning, like a contact verified in the future: an approval not yet given is not one.
    private static func approval(_ item: MappingReader, now: Date) -> Approval? {
        guard let reader = item.mapping("max_outage_approved", required: ["by", "date"]) else { return nil }
        let by = reader.string("by")
        let date = reader.date("date")
        guard let by, let date else { return nil }
        if date.value > now {
            item.context.lint.warning("maks avbruddstid for \(item.label) er godkjent med en dato i fremtiden", at: date.location,
                                      hint: "skriv datoen godkjenningen faktisk ble gitt")
        }
        return Approval(by: by, on: date.value)
    }

    /// `agreement:` (1g): the vendor agreement's roles and deliveries, response time, reference and the vendor's own
    /// emergency procedures.
    private static func agreement(_ item: MappingReader) -> VendorAgreement? {
        guard let reader = item.mapping("agreement", required: ["roles", "deliveries"],
                                        optional: ["reference", "response_time", "vendor_procedures"]) else { return nil }
        let roles = reader.texts("roles")
        let deliveries = reader.texts("deliveries")
        for key in ["roles", "deliveries"] where reader.has(key) && reader.isEmptyList(key) {
            item.context.lint.error("«\(key)» i \(reader.label) er tom", at: reader.keyLocation(key),
                                    hint: key == "roles" ? "skriv hvem som gjør hva, én linje per rolle"
                                        : "skriv hva leverandøren leverer ved bortfall, f.eks. «Lesekopi innen 1 time»")
        }
        let responseTime = reader.duration("response_time")
        guard !roles.isEmpty, !deliveries.isEmpty else { return nil }
        return VendorAgreement(reference: reader.string("reference"), roles: roles.map(\.value), responseTime: responseTime,
                               deliveries: deliveries.map(\.value), vendorProcedures: reader.string("vendor_procedures"))
    }
}

import Foundation

/// Paper forms handed out for løpende registrering (factsheet 2f); each serial must be accounted for at re-entry.
public struct FormsIssued: EventPayload {
    public static let type = "form.issued"
    public var body: EventBody { .formsIssued(self) }
    public var form: FormTypeID
    public var serials: [FormSerial]
    /// Where they went: a ward, a unit. Never a patient.
    public var issuedTo: String
    public init(form: FormTypeID, serials: [FormSerial], issuedTo: String) {
        self.form = form
        self.serials = serials
        self.issuedTo = issuedTo
    }
}

/// Where a paper form is on its way back into the primary system.
public enum FormStatus: String, Codable, Sendable, CaseIterable, Comparable {
    case issued = "utlevert"
    case returned = "innlevert"
    case entered = "registrert"
    case verified = "kontrollert"
    case waived = "frafalt"

    /// The step after this one, if any.
    public var next: FormStatus? {
        switch self {
        case .issued: .returned
        case .returned: .entered
        case .entered: .verified
        case .verified, .waived: nil
        }
    }

    /// Reconciled: nothing more to do for this form.
    public var isSettled: Bool { self == .verified || self == .waived }

    public static func < (lhs: FormStatus, rhs: FormStatus) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// A form moved one step: returned, entered, verified.
public struct FormAdvanced: EventPayload {
    public static let type = "form.advanced"
    public var body: EventBody { .formAdvanced(self) }
    public var serial: FormSerial
    public var status: FormStatus
    public init(serial: FormSerial, status: FormStatus) {
        self.serial = serial
        self.status = status
    }
}

/// A form that will not come back (unused, lost), with the reason.
public struct FormWaived: EventPayload {
    public static let type = "form.waived"
    public var body: EventBody { .formWaived(self) }
    public var serial: FormSerial
    public var reason: String
    public init(serial: FormSerial, reason: String) {
        self.serial = serial
        self.reason = reason
    }
}

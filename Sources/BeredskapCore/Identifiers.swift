import Foundation

/// A string identifier with its own type, so an incident id is never passed where a system id belongs.
public protocol StringIdentifier: RawRepresentable, Hashable, Comparable, Codable, Sendable,
    CustomStringConvertible, ExpressibleByStringLiteral where RawValue == String {
    init(rawValue: String)
}

extension StringIdentifier {
    public init(_ raw: String) { self.init(rawValue: raw) }
    public init(stringLiteral value: String) { self.init(rawValue: value) }
    public var description: String { rawValue }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    public init(from decoder: Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

/// An incident, e.g. `H-2026-001`.
public struct IncidentID: StringIdentifier { public let rawValue: String; public init(rawValue: String) { self.rawValue = rawValue } }
/// The person at the keyboard; recorded on every event.
public struct OperatorName: StringIdentifier { public let rawValue: String; public init(rawValue: String) { self.rawValue = rawValue } }
/// A system in the register (systemregister).
public struct SystemID: StringIdentifier { public let rawValue: String; public init(rawValue: String) { self.rawValue = rawValue } }
/// A hendelseskategori, e.g. `skadevare`.
public struct CategoryID: Codable, StringIdentifier { public let rawValue: String; public init(rawValue: String) { self.rawValue = rawValue } }
/// A krisestab role, e.g. `krisestabsleder`.
public struct RoleID: StringIdentifier { public let rawValue: String; public init(rawValue: String) { self.rawValue = rawValue } }

extension RoleID {
    /// Krisestabsleder: approves messages before they are sent.
    public static let crisisLead: RoleID = "krisestabsleder"
}
/// A contact in the organisation's contact list.
public struct ContactID: StringIdentifier { public let rawValue: String; public init(rawValue: String) { self.rawValue = rawValue } }
/// A task within an incident, e.g. `O3`.
public struct TaskID: StringIdentifier { public let rawValue: String; public init(rawValue: String) { self.rawValue = rawValue } }
/// A notification duty within an incident, e.g. `V2`.
public struct DutyID: StringIdentifier { public let rawValue: String; public init(rawValue: String) { self.rawValue = rawValue } }
/// A paper form's løpenummer, e.g. `EPJ-0007`.
public struct FormSerial: StringIdentifier { public let rawValue: String; public init(rawValue: String) { self.rawValue = rawValue } }
/// A kind of paper form, e.g. `papirjournal`.
public struct FormTypeID: StringIdentifier { public let rawValue: String; public init(rawValue: String) { self.rawValue = rawValue } }

/// A nødprosedyre, e.g. `epj-uten-is`.
public struct ProcedureID: StringIdentifier { public let rawValue: String; public init(rawValue: String) { self.rawValue = rawValue } }
/// A step within a procedure, e.g. `eu-h1`; unique within its procedure.
public struct StepID: Codable, StringIdentifier { public let rawValue: String; public init(rawValue: String) { self.rawValue = rawValue } }
/// A message template, e.g. `ansatte-driftsstans`.
public struct TemplateID: StringIdentifier { public let rawValue: String; public init(rawValue: String) { self.rawValue = rawValue } }
/// The prefix of a form type's løpenumre, e.g. `JN` in `JN-0007`.
public struct SerialPrefix: StringIdentifier { public let rawValue: String; public init(rawValue: String) { self.rawValue = rawValue } }

/// Which version of a procedure was followed: its id and the hash of its content.
public struct ProcedureRef: Codable, Hashable, Sendable {
    public var id: ProcedureID
    public var contentHash: String
    public init(id: ProcedureID, contentHash: String) {
        self.id = id
        self.contentHash = contentHash
    }
}

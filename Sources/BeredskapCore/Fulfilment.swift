import Foundation

/// An event that fulfils a checklist step or a task when it is journaled (`done_by` in the playbooks): the person
/// who decides the level has done «Beslutt beredskapsnivå», and should not have to tick it as well.
///
/// Written as a short word, the same in the playbooks and in the journal: `opened`, `triage`, `level`, `control`,
/// `role:ROLE`, `message` or `message:TEMPLATE`, `forms` or `forms:FORM`, `phase:PHASE`.
public enum Fulfilment: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The incident was opened in Beredskap.
    case opened
    /// The incident was triaged (factsheet 2a).
    case triage
    /// A level decision cited the incident: raised, lowered or kept.
    case levelDecided
    /// Control and situational awareness were confirmed (2h).
    case controlConfirmed
    /// Someone was appointed to the role.
    case roleAppointed(RoleID)
    /// A message was sent; from that template, or from any when nil.
    case messageSent(TemplateID?)
    /// Paper forms were handed out; of that type, or of any when nil.
    case formsIssued(FormTypeID?)
    /// The incident reached the phase.
    case phaseReached(Phase)

    public init?(_ text: String) {
        let parts = text.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        let argument = parts.count == 2 && !parts[1].isEmpty ? parts[1] : nil
        switch (parts.first ?? "", argument) {
        case ("opened", nil): self = .opened
        case ("triage", nil): self = .triage
        case ("level", nil): self = .levelDecided
        case ("control", nil): self = .controlConfirmed
        case ("role", let role?): self = .roleAppointed(RoleID(role))
        case ("message", let template): self = .messageSent(template.map(TemplateID.init(rawValue:)))
        case ("forms", let form): self = .formsIssued(form.map(FormTypeID.init(rawValue:)))
        case ("phase", let phase?):
            guard let phase = Phase(rawValue: phase) else { return nil }
            self = .phaseReached(phase)
        default: return nil
        }
    }

    /// The written form, as `init?(_:)` reads it.
    public var description: String {
        switch self {
        case .opened: "opened"
        case .triage: "triage"
        case .levelDecided: "level"
        case .controlConfirmed: "control"
        case .roleAppointed(let role): "role:\(role)"
        case .messageSent(let template): template.map { "message:\($0)" } ?? "message"
        case .formsIssued(let form): form.map { "forms:\($0)" } ?? "forms"
        case .phaseReached(let phase): "phase:\(phase.rawValue)"
        }
    }

    /// The words the playbooks may use, for lint's hints.
    public static let syntax = "opened, triage, level, control, role:ROLLE, message, message:MAL, forms, forms:SKJEMA, phase:FASE"

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let value = Fulfilment(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "unknown fulfilment «\(text)»"))
        }
        self = value
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

/// The event that fulfilled something: its seq, when it happened, who recorded it, and the incident's phase after it.
public struct Fulfilled: Codable, Sendable, Equatable {
    public var seq: Int
    public var at: Date
    public var by: OperatorName
    public var phase: Phase

    /// Whether this fulfils a step of `phase`: a closing step («Beslutt beredskapsnivå» when the incident closes)
    /// needs an event from the closing, not the decision made hours before.
    func fulfils(stepOf phase: Phase) -> Bool { phase < .closed || self.phase >= .closed }
}

import BeredskapCore
import BeredskapJSON
import Foundation

/// Hand-written decoders for the payloads that fill a long journal: log lines, call attempts, step ticks, tasks,
/// notifications and form moves are most of its lines, and Codable's generic machinery costs more than reading
/// their few members.
///
/// Each takes only the exact shape it writes (every member of the right kind, no others); anything else returns nil
/// and the record goes through Codable, which decides it and names what is wrong. So both paths give the same
/// payload for every record (`PayloadDecoderTests` compares them).
enum PayloadDecoders {
    static func payload(type: String, data: JSONObject) -> (any EventPayload)? {
        var members = Members(data: data)
        let payload: (any EventPayload)?
        switch type {
        case LogEntry.type:
            payload = members.string("text").map(LogEntry.init(text:))
        case CallAttempted.type:
            let (duty, outcome) = (members.string("duty"), members.string("outcome").flatMap(CallOutcome.init(rawValue:)))
            let (number, note) = (members.optionalString("number"), members.optionalString("note"))
            payload = duty.flatMap { duty in outcome.map { CallAttempted(duty: DutyID(duty), outcome: $0, number: number, note: note) } }
        case StepCompleted.type:
            let (procedure, step) = (members.procedure("procedure"), members.string("step"))
            payload = procedure.flatMap { procedure in step.map { StepCompleted(procedure: procedure, step: StepID($0)) } }
        case TaskAssigned.type:
            let (task, title, role) = (members.string("task"), members.string("title"), members.string("role"))
            let (due, procedure) = (members.optionalDate("due"), members.optionalProcedure("procedure"))
            guard let task, let title, let role else { return nil }
            // A task that an event fulfils (`doneBy`) has a member more, so it is left to Codable.
            payload = TaskAssigned(task: TaskID(task), title: title, role: RoleID(role), due: due, procedure: procedure)
        case TaskCompleted.type:
            let (task, note) = (members.string("task"), members.optionalString("note"))
            payload = task.map { TaskCompleted(task: TaskID($0), note: note) }
        case NotificationRequired.type:
            let (duty, recipient, contact) = (members.string("duty"), members.string("recipient"), members.optionalString("contact"))
            let (due, mandatory) = (members.optionalDate("due"), members.bool("mandatory"))
            guard let duty, let recipient, let mandatory else { return nil }
            payload = NotificationRequired(duty: DutyID(duty), recipient: recipient, contact: contact.map(ContactID.init(rawValue:)),
                                           due: due, mandatory: mandatory)
        case FormAdvanced.type:
            let (serial, status) = (members.string("serial"), members.string("status").flatMap(FormStatus.init(rawValue:)))
            payload = serial.flatMap { serial in status.map { FormAdvanced(serial: FormSerial(serial), status: $0) } }
        default:
            return nil
        }
        return members.isExact ? payload : nil
    }

    /// Reads members by name, counting them; the shape is exact when every member read was of its kind and no
    /// member was left unread.
    private struct Members {
        let data: JSONObject
        private var read = 0
        private var wrongKind = false

        init(data: JSONObject) { self.data = data }

        var isExact: Bool { !wrongKind && read == data.count }

        /// A required member: nil (and not exact) when it is absent or not of its kind.
        private mutating func required<T>(_ key: String, _ kind: (JSONValue) -> T?) -> T? {
            guard let value = data[key].flatMap(kind) else {
                wrongKind = true
                return nil
            }
            read += 1
            return value
        }

        /// An optional member: nil when absent; not exact when present but not of its kind (even `null`).
        private mutating func optional<T>(_ key: String, _ kind: (JSONValue) -> T?) -> T? {
            guard data[key] != nil else { return nil }
            return required(key, kind)
        }

        mutating func string(_ key: String) -> String? { required(key, \.stringValue) }
        mutating func optionalString(_ key: String) -> String? { optional(key, \.stringValue) }
        mutating func bool(_ key: String) -> Bool? { required(key, \.boolValue) }
        mutating func optionalDate(_ key: String) -> Date? { optional(key) { $0.stringValue.flatMap(Timestamp.parse) } }
        mutating func procedure(_ key: String) -> ProcedureRef? { required(key, Self.procedureRef) }
        mutating func optionalProcedure(_ key: String) -> ProcedureRef? { optional(key, Self.procedureRef) }

        private static func procedureRef(_ value: JSONValue) -> ProcedureRef? {
            guard case .object(let object) = value, object.count == 2, let id = object["id"]?.stringValue,
                  let contentHash = object["contentHash"]?.stringValue
            else { return nil }
            return ProcedureRef(id: ProcedureID(id), contentHash: contentHash)
        }
    }
}

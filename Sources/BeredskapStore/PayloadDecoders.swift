import BeredskapCore
import BeredskapJSON

/// Hand-written decoders for the payloads that fill a long journal: log lines, call attempts, step ticks and form
/// moves are most of its lines, and Codable's generic machinery costs more than reading their few members.
///
/// Each takes only the exact shape it writes (every member of the right kind, no others); anything else returns nil
/// and the record goes through Codable, which decides it and names what is wrong. So both paths give the same
/// payload for every record (`PayloadDecoderTests` compares them).
enum PayloadDecoders {
    static func payload(type: String, data: JSONObject) -> (any EventPayload)? {
        switch type {
        case LogEntry.type:
            guard data.count == 1, let text = data["text"]?.stringValue else { return nil }
            return LogEntry(text: text)
        case CallAttempted.type:
            guard let duty = data["duty"]?.stringValue, let outcome = data["outcome"]?.stringValue.flatMap(CallOutcome.init(rawValue:))
            else { return nil }
            let number = data["number"], note = data["note"]
            guard data.count == 2 + (number == nil ? 0 : 1) + (note == nil ? 0 : 1),
                  number == nil || number?.stringValue != nil, note == nil || note?.stringValue != nil
            else { return nil }
            return CallAttempted(duty: DutyID(duty), outcome: outcome, number: number?.stringValue, note: note?.stringValue)
        case StepCompleted.type:
            guard data.count == 2, case .object(let procedure)? = data["procedure"], procedure.count == 2,
                  let id = procedure["id"]?.stringValue, let contentHash = procedure["contentHash"]?.stringValue,
                  let step = data["step"]?.stringValue
            else { return nil }
            return StepCompleted(procedure: ProcedureRef(id: ProcedureID(id), contentHash: contentHash), step: StepID(step))
        case FormAdvanced.type:
            guard data.count == 2, let serial = data["serial"]?.stringValue,
                  let status = data["status"]?.stringValue.flatMap(FormStatus.init(rawValue:))
            else { return nil }
            return FormAdvanced(serial: FormSerial(serial), status: status)
        default:
            return nil
        }
    }
}

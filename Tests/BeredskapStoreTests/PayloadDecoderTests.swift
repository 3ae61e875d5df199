import BeredskapCore
import BeredskapJSON
import Foundation
import Testing
@testable import BeredskapStore

/// The hand-written decoders give what Codable gives, or step aside for it.
@Suite struct PayloadDecoderTests {
    /// Every payload the hand-written decoders take, as the journal writes them.
    static let written: [any EventPayload] = [
        LogEntry(text: "Ringte leverandør.\n\"Ingen ETA\""),
        LogEntry(text: ""),
        CallAttempted(duty: "d-1", outcome: .reached),
        CallAttempted(duty: "d-2", outcome: .noAnswer, number: "+47 22 00 00 00"),
        CallAttempted(duty: "d-3", outcome: .leftMessage, note: "svarer ikke"),
        CallAttempted(duty: "d-4", outcome: .willCallBack, number: "112", note: "om ti minutter"),
        StepCompleted(procedure: ProcedureRef(id: "epj-uten-is", contentHash: "ab12"), step: "eu-h1"),
        TaskAssigned(task: "t-1", title: "Hent papirskjema", role: "sengepostleder", due: nil),
        TaskAssigned(task: "t-2", title: "Ring leverandør", role: "ikt-vakt", due: Date(timeIntervalSince1970: 1_795_000_000.25),
                     procedure: ProcedureRef(id: "epj-uten-is", contentHash: "ab12")),
        NotificationRequired(duty: "d-9", recipient: "Driftsleverandørens vakt", due: nil, mandatory: false),
        NotificationRequired(duty: "d-10", recipient: "Smittevernoverlege", contact: "smittevern",
                             due: Date(timeIntervalSince1970: 1_795_000_900), mandatory: true),
        TaskCompleted(task: "t-1", note: nil),
        TaskCompleted(task: "t-2", note: "Gjort av nattevakten"),
        FormAdvanced(serial: "EPJ-0007", status: .returned),
        FormAdvanced(serial: "EPJ-0008", status: .verified),
    ]

    static func encoded(_ payload: any EventPayload) -> JSONObject {
        guard case .object(let data)? = try? JSONValueEncoder().encode(payload) else { preconditionFailure("a payload is an object") }
        return data
    }

    func codable(_ type: String, _ data: JSONObject) -> EventBody? {
        (try? JSONValueDecoder().decode(EventBody.payloadTypes[type]!, from: .object(data)))?.body
    }

    @Test func givesWhatCodableGivesForEveryShapeTheJournalWrites() throws {
        for payload in Self.written {
            let type = payload.body.type
            let data = Self.encoded(payload)
            let fast = try #require(PayloadDecoders.payload(type: type, data: data), "\(type) \(data) went to Codable")
            #expect(fast.body == codable(type, data))
            #expect(fast.body == payload.body)
        }
    }

    /// Anything but the exact shape goes to Codable, which decides it (and says what is wrong, or ignores what it may).
    @Test func leavesEveryOtherShapeToCodable() {
        let odd: [(String, JSONObject)] = [
            (LogEntry.type, JSONObject([("text", .string("a")), ("extra", .int(1))])),
            (LogEntry.type, JSONObject([("text", .int(3))])),
            (LogEntry.type, JSONObject()),
            (CallAttempted.type, JSONObject([("duty", .string("d")), ("outcome", .string("kanskje"))])),
            (CallAttempted.type, JSONObject([("duty", .string("d")), ("outcome", .string("nådd")), ("number", .null)])),
            (CallAttempted.type, JSONObject([("duty", .string("d")), ("outcome", .string("nådd")), ("note", .int(1))])),
            (CallAttempted.type, JSONObject([("duty", .string("d")), ("outcome", .string("nådd")), ("senere", .bool(true))])),
            (StepCompleted.type, JSONObject([("procedure", .string("epj")), ("step", .string("s"))])),
            (StepCompleted.type, JSONObject([("procedure", .object(JSONObject([("id", .string("p"))]))), ("step", .string("s"))])),
            (TaskAssigned.type, Self.encoded(TaskAssigned(task: "t", title: "T", role: "r", due: nil, doneBy: .opened))),
            (TaskAssigned.type, JSONObject([("task", .string("t")), ("title", .string("T")), ("role", .string("r")),
                                            ("due", .string("i morgen"))])),
            (NotificationRequired.type, JSONObject([("duty", .string("d")), ("recipient", .string("R"))])),
            (TaskCompleted.type, JSONObject([("task", .string("t")), ("note", .null)])),
            (TaskCompleted.type, JSONObject([("task", .int(7))])),
            (FormAdvanced.type, JSONObject([("serial", .string("EPJ-1")), ("status", .string("borte"))])),
            (FormAdvanced.type, JSONObject([("serial", .string("EPJ-1"))])),
        ]
        for (type, data) in odd {
            #expect(PayloadDecoders.payload(type: type, data: data) == nil, "\(type) \(data)")
        }
        // Codable still reads the ones it may: an unknown member is ignored, a null optional is nil.
        #expect(codable(LogEntry.type, odd[0].1) == .logEntry(LogEntry(text: "a")))
        #expect(codable(CallAttempted.type, odd[4].1) == .callAttempted(CallAttempted(duty: "d", outcome: .reached)))
        #expect(codable(FormAdvanced.type, odd[14].1) == nil)
        #expect(codable(TaskAssigned.type, odd[9].1) == .taskAssigned(TaskAssigned(task: "t", title: "T", role: "r", due: nil, doneBy: .opened)))
    }
}

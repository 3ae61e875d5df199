import BeredskapCore
import BeredskapJSON
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
        FormAdvanced(serial: "EPJ-0007", status: .returned),
        FormAdvanced(serial: "EPJ-0008", status: .verified),
    ]

    func codable(_ type: String, _ data: JSONObject) -> EventBody? {
        (try? JSONValueDecoder().decode(EventBody.payloadTypes[type]!, from: .object(data)))?.body
    }

    @Test func givesWhatCodableGivesForEveryShapeTheJournalWrites() throws {
        for payload in Self.written {
            let type = payload.body.type
            guard case .object(let data) = try JSONValueEncoder().encode(payload) else { Issue.record("not an object"); continue }
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
            (FormAdvanced.type, JSONObject([("serial", .string("EPJ-1")), ("status", .string("borte"))])),
            (FormAdvanced.type, JSONObject([("serial", .string("EPJ-1"))])),
        ]
        for (type, data) in odd {
            #expect(PayloadDecoders.payload(type: type, data: data) == nil, "\(type) \(data)")
        }
        // Codable still reads the ones it may: an unknown member is ignored, a null optional is nil.
        #expect(codable(LogEntry.type, odd[0].1) == .logEntry(LogEntry(text: "a")))
        #expect(codable(CallAttempted.type, odd[4].1) == .callAttempted(CallAttempted(duty: "d", outcome: .reached)))
        #expect(codable(FormAdvanced.type, odd[9].1) == nil)
    }
}

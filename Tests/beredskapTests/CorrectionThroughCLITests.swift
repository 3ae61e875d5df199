import BeredskapCore
import Foundation
import Testing
@testable import beredskap

/// Corrections that set a fact right, approval by phone and paper forms in bulk, run in process against a journal.
@Suite struct CorrectionThroughCLITests {
    /// An incident in response, its first call recorded «nådd» and five forms issued to Sengepost 3B.
    func responding() throws -> (InProcess.Journal, IncidentID) {
        let journal = try InProcess.Journal()
        try journal.run(["open", "--title", "EPJ utilgjengelig"])
        let id = try #require(try journal.store().state.incidents.first?.id)
        try journal.run(["triage", id.rawValue, "--system", "epj", "--category", "teknisk-svikt", "--severity", "høy", "--consequence", "Papir"])
        try journal.run(["phase", id.rawValue, "håndteres"])
        try journal.run(["call", id.rawValue, "V1", "--outcome", "nådd"])
        try journal.run(["print", "forms", "journalnotat", "--incident", id.rawValue, "--to", "Sengepost 3B", "--count", "5",
                         "-o", journal.directory.appendingPathComponent("skjema.txt").path])
        return (journal, id)
    }

    func lastSeq(_ journal: InProcess.Journal) throws -> String { String(try journal.store().state.lastSeq) }

    @Test func aCallOutcomeIsSetRightFromTheLineAlone() throws {
        let (journal, id) = try responding()
        let call = try #require(try journal.store().state[id]?.duty("V1")?.attempts.first?.seq)
        try journal.run(["correct", String(call), "--text", "V1 svarte ikke", "--reason", "Feil utfall", "--call-outcome", "ikke-svar"])
        let store = try journal.store()
        #expect(store.state[id]?.duty("V1")?.attempts.first?.outcome == .noAnswer)
        #expect(store.timeline.last?.incident == id, "the correction belongs to the line's incident")
    }

    @Test func aFactTheLineDidNotRecordIsRefusedAndNothingWritten() throws {
        let (journal, _) = try responding()
        let before = try lastSeq(journal)
        #expect { try journal.run(["correct", "2", "--text", "x", "--reason", "y", "--untick"]) } throws: { error in
            (error as? CommandFailure)?.message.hasPrefix("Nr. 2 registrerte ikke et kvittert steg, men «Vurdert:") == true
        }
        #expect { try journal.run(["correct", "2", "--text", "x", "--reason", "y", "--incident", "H-1999-001"]) } throws: { error in
            (error as? CommandFailure)?.message.contains("gjelder H-") == true
        }
        #expect(try lastSeq(journal) == before)
    }

    @Test func formsMoveInBulkAndOneGoesBackFromTheBatchLine() throws {
        let (journal, id) = try responding()
        #expect(throws: Refusal.self) {
            try journal.run(["form", "advance", id.rawValue, "--place", "sengepost 3b", "--to", "innlevert", "--count", "4"])
        }
        try journal.run(["form", "advance", id.rawValue, "--place", "sengepost 3b", "--to", "innlevert", "--count", "5"])
        try journal.run(["form", "advance", id.rawValue, "--range", "JN-0001..JN-0002", "--to", "registrert", "--count", "2"])
        let batch = try lastSeq(journal)
        #expect(try journal.store().state[id]?.forms.map(\.status.rawValue) == ["registrert", "registrert", "innlevert", "innlevert", "innlevert"])

        #expect { try journal.run(["correct", batch, "--text", "x", "--reason", "y", "--form-back"]) } throws: { error in
            (error as? CommandFailure)?.message.contains("flyttet 2 papirskjema (JN-0001–JN-0002). Velg hvilket") == true
        }
        try journal.run(["correct", batch, "--text", "JN-0002 er ikke registrert", "--reason", "Telt feil", "--form-back", "--serial", "JN-0002"])
        #expect(try journal.store().state[id]?.form("JN-0002")?.status == .returned)
        #expect(try journal.store().state[id]?.form("JN-0001")?.status == .entered)
    }

    @Test func theScribeRecordsAnApprovalGivenByPhone() throws {
        let (journal, id) = try responding()
        try journal.run(["role", "krisestabsleder", "--person", "anne"])
        try journal.run(["message", "draft", id.rawValue, "ansatte-driftsstans", "--to", "Alle ansatte", "--next", "23:59",
                         "--contact", "+47 000 10 001"])
        try journal.run(["message", "approve", id.rawValue, "M1", "--verbal-from", "anne", "--at", "00:00"])
        let message = try #require(try journal.store().state[id]?.messages.first)
        #expect(message.approvedBy == "anne")
        #expect(message.verbalApproval?.recordedBy == "kari")
        #expect(message.verbalApproval.map { Calendar.current.dateComponents([.hour, .minute], from: $0.givenAt) } == DateComponents(hour: 0, minute: 0))
    }
}

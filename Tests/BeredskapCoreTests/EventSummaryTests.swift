import Foundation
import Testing
@testable import BeredskapCore

@Suite("The log is evidence: a line names steps, roles, outcomes and forms as people know them")
struct EventSummaryTests {
    let organisation = GuidanceFixture.organisation
    let ref = GuidanceFixture.procedure("epj-uten-is", mode: .withoutIT).ref

    @Test func namesNotIds() {
        let lines: [(EventBody, String)] = [
            (.stepCompleted(StepCompleted(procedure: ref, step: "v3")), "Steg kvittert: «Varsle avdelingene om papirrutiner» (EPJ nede)"),
            (.callAttempted(CallAttempted(duty: "V1", outcome: .noAnswer, number: nil, note: nil)), "Varsling V1: ikke svar"),
            (.callAttempted(CallAttempted(duty: "V1", outcome: .leftMessage, number: nil, note: nil)), "Varsling V1: beskjed lagt igjen"),
            (.roleAssigned(RoleAssigned(role: "loggforer", person: "Lars Logg", handoverNote: nil)), "Loggfører: Lars Logg"),
            (.formsIssued(FormsIssued(form: "journalnotat", serials: ["JN-0001", "JN-0002"], issuedTo: "Sengepost 3B")),
             "Papirskjema «Journalnotat» utlevert til Sengepost 3B: JN-0001–JN-0002 (2 stk.)"),
            (.fallbackActivated(FallbackActivated(mode: .withoutIT, procedure: ref)),
             "Alternativ drift aktivert: nøddrift uten IS-støtte etter «EPJ nede»"),
            (.taskAssigned(TaskAssigned(task: "O1", title: "Utnevn loggfører", role: "krisestabsleder", due: nil)),
             "Oppgave O1 til Krisestabsleder: Utnevn loggfører"),
        ]
        for (body, expected) in lines { #expect(body.summary(in: organisation) == expected) }
    }

    @Test func aStepThePlaybooksNoLongerHaveIsStillNamed() {
        let gone = EventBody.stepCompleted(StepCompleted(procedure: ProcedureRef(id: "gammel", contentHash: "x"), step: "s9"))
        #expect(gone.summary(in: organisation) == "Steg kvittert: s9 i gammel (gammel)")
    }
}

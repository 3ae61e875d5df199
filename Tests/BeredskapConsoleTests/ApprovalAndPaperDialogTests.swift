@testable import BeredskapConsole
import BeredskapCore
import Foundation
import Testing

/// Meldinger's approval given by phone, and Papir's forms moved in bulk, through the real store.
@Suite(.serialized) struct ApprovalAndPaperDialogTests {
    @Test func theScribeRecordsTheLeadsApprovalByPhone() throws {
        let outage = try Outage().furtherOn()
        var model = outage.model(.messages)
        _ = model.handle(.character("u"))
        #expect(model.dialog?.text == "Per Leder")
        outage.answer(["", "3.35"], &model)
        #expect(model.message?.text == "Skriv klokkeslett som tt:mm, ikke «3.35».")
        for _ in "3.35" { _ = model.handle(.backspace) }
        outage.answer(["03:35"], &model)
        let message = try #require(model.incident?.messages.first)
        #expect(message.verbalApproval?.recordedBy == "kari")
        #expect(message.verbalApproval?.givenAt == Outage.now.addingTimeInterval(-5 * 60))
        #expect(model.dialog == nil)
        #expect(model.message?.text.contains("godkjent muntlig av krisestabsleder Per Leder kl. 03:35") == true)
    }

    @Test func anApprovalByAnyoneButTheLeadIsRefusedAndTheDialogStays() throws {
        let outage = try Outage().furtherOn()
        var model = outage.model(.messages)
        _ = model.handle(.character("u"))
        for _ in "Per Leder" { _ = model.handle(.backspace) }
        outage.answer(["Ola Vakt", "03:35"], &model)
        #expect(model.message?.text == "Avvist: Ola Vakt er ikke krisestabsleder. Bare krisestabsleder (Per Leder) kan godkjenne meldinger, også muntlig.")
        #expect(model.dialog.map { $0.answers.values(of: $0.questions[0]) } == ["Ola Vakt"])
        #expect(model.incident?.messages.first?.verbalApproval == nil)
    }

    /// A ward's bundle comes back: chosen by place, the count shown and typed to confirm; a wrong count is
    /// refused and kept for another try.
    @Test func aWardsFormsAreMovedOnTogetherAfterTheCountIsConfirmed() throws {
        let outage = try Outage().furtherOn()
        _ = try outage.store.execute(Command(by: "kari", .issueForms(outage.incident, form: "journalnotat", count: 40, issuedTo: "Sengepost 4A")),
                                     now: Outage.now)
        var model = outage.model(.paper)
        _ = model.handle(.character("*"))
        #expect(model.dialog?.visibleChoices.map(\.label).contains("Alle utlevert til Sengepost 4A (40 skjema)") == true)
        for character in "4A" { _ = model.handle(.character(character)) }
        outage.answer([""], &model)
        #expect(model.dialog?.title == "Flytt 40 skjema til «innlevert»")
        #expect(model.dialog?.previewLines == ["40 skjema settes fra «utlevert» til «innlevert»:", "JN-0001–JN-0040"])
        outage.answer(["39"], &model)
        #expect(model.message?.text == "Avvist: Utvalget gjelder 40 skjema, ikke 39. Tell over og oppgi antallet du ser.")
        #expect(model.dialog?.text == "39")
        _ = model.handle(.backspace)
        _ = model.handle(.backspace)
        outage.answer(["40"], &model)
        let journalnotes = try #require(model.incident?.forms.filter { $0.form == "journalnotat" })
        #expect(journalnotes.count == 40 && journalnotes.allSatisfy { $0.status == .returned })
    }

    @Test func aRangeOfSerialsIsMovedOnAndAMixedSelectionSaysWhy() throws {
        let outage = try Outage().furtherOn()
        var model = outage.model(.paper)
        _ = model.handle(.character("*"))
        for character in "3B" { _ = model.handle(.character(character)) }
        outage.answer([""], &model)
        #expect(model.message?.text == "Utvalget har skjema på ulike trinn (2 utlevert, 1 innlevert, 1 frafalt). Velg et utvalg der alle er på samme trinn.")
        _ = model.handle(.escape)
        _ = model.handle(.character("*"))
        for character in "område" { _ = model.handle(.character(character)) }
        outage.answer(["", "mk-0002", "MK-0003"], &model)
        #expect(model.dialog?.title == "Flytt 2 skjema til «innlevert»")
        outage.answer(["2"], &model)
        #expect(model.incident?.forms.map(\.status) == [.returned, .returned, .returned, .waived])
    }
}

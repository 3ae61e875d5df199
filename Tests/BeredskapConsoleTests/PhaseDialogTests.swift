@testable import BeredskapConsole
import BeredskapCore
import Foundation
import Testing

/// `f` says where it goes before it goes; a false alarm is a choice, saved once; closing is a DO-CONFIRM that lists
/// what is left undone and asks why before closing past it.
@Suite(.serialized) struct PhaseDialogTests {
    let dialogs = DialogTests()

    /// Every outstanding call of the outage made, so only the DO-CONFIRM is left before closing.
    static func everyoneCalled(_ outage: Outage) throws -> Outage {
        for duty in try #require(outage.store.state[outage.incident]).duties where duty.isOutstanding {
            try outage.run(.recordCall(outage.incident, duty.id, outcome: .reached, number: nil, note: nil))
        }
        return outage
    }

    func inReEntry() throws -> Outage { try Self.everyoneCalled(try Outage().moved(to: .reEntry)) }

    @Test func eachPhaseKeyNamesThePhaseItLeadsTo() throws {
        let outage = try Outage(through: .triaged)
        var model = outage.model()
        _ = model.handle(.character("f"))
        #expect(model.dialog?.question.choices.map(\.label) == ["Start håndtering (neste fase: håndteres, faktaark 2c–2g)",
                                                               "Avskriv som falsk alarm (neste fase: avsluttet)"])
        dialogs.answer([""], &model, outage)
        #expect(model.dialog?.title.hasPrefix("Neste fase: håndteres") == true)
        dialogs.answer([""], &model, outage)
        #expect(model.incident?.phase == .responding)
    }

    @Test func fSaysWhereItGoesAndAFalseAlarmIsAChoiceSavedOnce() throws {
        let outage = try Outage()
        var model = outage.model()
        _ = model.handle(.character("n"))
        dialogs.answer(["Alarm fra overvåkingen"], &model, outage)
        _ = model.handle(.character("f"))
        let choices = try #require(model.dialog?.question.choices.map(\.label))
        #expect(choices.first == "Vurder hendelsen (neste fase: vurdert, faktaark 2a)", "triage first, the false alarm only a choice")
        #expect(choices.last == "Avskriv som falsk alarm (neste fase: avsluttet)")
        dialogs.answer(["falsk"], &model, outage)
        #expect(model.dialog?.title.hasPrefix("Neste fase: avsluttet") == true)
        dialogs.answer(["Testalarm fra overvåkingen"], &model, outage)
        #expect(model.incident?.phase == .closed)
        let line = try #require(outage.store.timeline.last).summary(in: outage.store.state.organisation)
        #expect(line.components(separatedBy: "Testalarm fra overvåkingen").count == 2, "the reason once: \(line)")
    }

    @Test func closingListsWhatIsUndoneAndAsksWhyBeforeClosingPastIt() throws {
        let outage = try inReEntry()
        var model = outage.model()
        let unfinished = model.state.unfinishedWork(in: try #require(model.incident))
        #expect(!unfinished.isEmpty)
        _ = model.handle(.character("f"))
        let dialog = try #require(model.dialog)
        #expect(dialog.title == "Neste fase: avsluttet – lukk \(outage.incident)")
        #expect(dialog.previewLines.first == "Ikke gjort (\(Count.phrase(unfinished.count, "punkt", "punkter"))); å lukke forbi dem krever en begrunnelse:")
        #expect(dialog.previewLines.dropFirst().first == unfinished.first?.description)
        #expect(!dialog.previewLines.contains { $0.hasPrefix("Ingenting hindrer") })
        #expect(dialog.questions.map(\.prompt) == ["Oppsummering: ", "Hvorfor lukkes den med åpne punkter? ",
                                                   "Beredskapsnivå når siste hendelse lukkes", "Begrunnelse for nivået: ",
                                                   "Hvem tok beslutningen? Ingen har rollen Krisestabsleder (beredskapsleder); du fører den inn på vegne av: "])
        dialogs.answer(["EPJ tilbake", "Følges opp i morgen", "normal", "Ingen åpne hendelser", Outage.lead], &model, outage)
        #expect(model.incident?.phase == .closed)
        #expect(model.state.level == .normal)
        #expect(model.incident?.closed?.unfinishedReason == "Følges opp i morgen")
    }

    @Test func nothingBlocksClosingOnlyWhenThatIsTrue() throws {
        let outage = try inReEntry()
        for item in outage.store.state.unfinishedWork(in: try #require(outage.store.state[outage.incident])) {
            switch item {
            case .criticalStep(let procedure, let step): try outage.run(.completeStep(outage.incident, procedure, step: step.id))
            case .task(let task): try outage.run(.completeTask(outage.incident, task.id, note: nil))
            }
        }
        var model = outage.model()
        _ = model.handle(.character("f"))
        #expect(model.dialog?.previewLines.first?.hasPrefix("Ingenting hindrer lukking") == true)
        #expect(model.dialog?.questions.map(\.prompt).contains("Hvorfor lukkes den med åpne punkter? ") == false,
                "no reason asked when nothing is left undone")
        #expect(model.dialog?.questions.count == 4, "summary, the level, its reason, and who decided it")
    }
}

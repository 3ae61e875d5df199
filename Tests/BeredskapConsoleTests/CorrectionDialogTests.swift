@testable import BeredskapConsole
import BeredskapCore
import Foundation
import Testing

/// `c` on a line that set a fact offers to set the fact right; the state follows, the corrected line stays and
/// is marked in every view, and the correction says what it corrects. Through the real store.
@Suite(.serialized) struct CorrectionDialogTests {
    func screen(_ model: ConsoleModel) -> String {
        ConsoleView.render(model, size: Size(rows: 43, columns: 132)).lines.joined(separator: "\n")
    }

    @Test func aCallMarkedReachedIsSetRightAndBothLinesSaySo() throws {
        let outage = try Outage()
        var model = outage.model(.timeline)
        let call = try outage.lastSeq { if case .callAttempted = $0 { true } else { false } }
        try outage.select(seq: call, &model)
        _ = model.handle(.character("c"))
        let labels = try #require(model.dialog?.visibleChoices.map(\.label))
        #expect(labels.contains("Utfallet var «ikke svar», ikke «nådd»"))
        #expect(labels.last == "Bare teksten i linjen")
        #expect(!labels.contains { $0.contains("-svar") || $0.contains("lagt-igjen") })
        for character in "ikke svar" { _ = model.handle(.character(character)) }
        outage.answer(["", "Det var telefonsvareren"], &model)

        let correction = outage.store.state.lastSeq
        #expect(model.incident?.duty("V1")?.attempts.map(\.outcome) == [.noAnswer])
        #expect(model.incident?.duty("V1")?.isOutstanding == true)
        #expect(model.state.corrections[call] == [correction])
        let timeline = screen(model)
        #expect(timeline.contains("[korrigert ved nr. \(correction)]"))
        #expect(timeline.contains("Korrigerer nr. \(call): Utfallet var «ikke svar»"))
        #expect(outage.store.timeline.last?.summary(in: model.state.organisation).hasSuffix("satt til «ikke svar»") == true)
        _ = model.handle(.character("v"))
        #expect(screen(model).contains("ikke svar 03:00, korrigert"))
    }

    @Test func aStepTickIsUntickedWithTheReason() throws {
        let outage = try Outage()
        let incident = try #require(outage.store.state[outage.incident])
        let item = try #require(ChecklistItems.of(incident, in: outage.store.state.organisation, now: Outage.now).first { $0.tick == nil })
        _ = try outage.store.execute(Command(by: "kari", .completeStep(outage.incident, item.procedure.ref, step: item.step.id)), now: Outage.now)
        var model = outage.model(.timeline)
        _ = model.handle(.character("c"))
        #expect(model.dialog?.visibleChoices.first?.label == "Steget var ikke utført: åpne det igjen")
        outage.answer(["", "Kurvene var ikke hentet likevel"], &model)
        #expect(model.incident?.completedSteps[item.procedure.ref]?[item.step.id] == nil)
        guard case .entryCorrected(let correction)? = outage.store.timeline.last?.event?.body else {
            Issue.record("no correction written")
            return
        }
        #expect(correction.reason == "Kurvene var ikke hentet likevel")
        #expect(correction.fact == .stepUnticked(procedure: item.procedure.ref, step: item.step.id))
    }

    @Test func aFormMovedOnGoesBackOneStep() throws {
        let outage = try Outage().furtherOn()
        var model = outage.model(.timeline)
        let moved = try outage.lastSeq { if case .formAdvanced = $0 { true } else { false } }
        try outage.select(seq: moved, &model)
        _ = model.handle(.character("c"))
        #expect(model.dialog?.visibleChoices.first?.label == "Sett MK-0001 tilbake til «utlevert»")
        outage.answer(["", "Feil skjema skannet"], &model)
        #expect(model.incident?.form("MK-0001")?.status == .issued)
        #expect(screen(model).contains("[korrigert ved nr. \(outage.store.state.lastSeq)]"))
    }

    /// A wrong triage is redone in the triage dialog, starting from what it said; the correction then points at
    /// the new triage.
    @Test func aWrongTriageIsRedoneAndTheCorrectionPointsAtTheNewOne() throws {
        let outage = try Outage()
        var model = outage.model(.timeline)
        let wrong = try outage.lastSeq { if case .incidentTriaged = $0 { true } else { false } }
        try outage.select(seq: wrong, &model)
        _ = model.handle(.character("c"))
        outage.answer([""], &model)
        #expect(model.dialog?.title == "Ny vurdering av \(outage.incident) (faktaark 2a)")
        #expect(model.dialog?.marked == ["epj"])
        outage.answer(["", "", "", "", "8t"], &model)
        let redone = outage.store.state.lastSeq
        #expect(model.incident?.triage?.expectedDuration == .hours(8))
        #expect(model.incident?.triageSeqs.last == redone)
        #expect(model.dialog?.title.hasPrefix("Korriger linje nr. \(wrong)") == true)
        outage.answer(["Varigheten var ukjent da"], &model)
        guard case .entryCorrected(let correction)? = outage.store.timeline.last?.event?.body else {
            Issue.record("no correction written")
            return
        }
        #expect(correction.corrects == wrong)
        #expect(correction.fact == .triageRedone(by: redone))
        #expect(model.state.corrections[wrong] == [outage.store.state.lastSeq])
    }

    /// A log line set no fact: only its text is corrected, as before.
    @Test func aLineWithoutAFactCorrectsItsText() throws {
        let outage = try Outage()
        var model = outage.model(.timeline)
        _ = model.handle(.character("c"))
        #expect(model.dialog?.title == "Korriger teksten i linje nr. \(outage.store.state.lastSeq)")
        #expect(model.dialog?.question.choices.isEmpty == true)
    }

    @Test func theSearchFindsTheLateEntryMarkAndStartsEmptyNextTime() throws {
        let outage = try Outage()
        var model = outage.model(.timeline)
        _ = model.handle(.character("/"))
        outage.answer(["skjedde 03:10"], &model)
        let found = model.timeline.visible.map { $0.summary(in: model.state.organisation) }
        #expect(found == ["Blåbærsyltetøy på bestilling fra kjøkkenet; ærlig øvelse"])
        _ = model.handle(.character("/"))
        #expect(model.dialog?.text == "")
    }
}

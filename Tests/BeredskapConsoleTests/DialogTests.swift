@testable import BeredskapConsole
import BeredskapCore
import Foundation
import Testing

/// Dialogs through the model into the real store: what the answers become, what a wrong answer says, and
/// that a refusal keeps the dialog with everything typed.
@Suite(.serialized) struct DialogTests {
    func answer(_ answers: [String], _ model: inout ConsoleModel, _ outage: Outage) {
        outage.answer(answers, &model)
    }

    /// Answers are read through their question, so listing the questions in another order reads the same
    /// answers, and a wrong answer sends the dialog back to that question wherever it is.
    @Test func answersAreReadByTheirQuestionWhateverTheOrder() throws {
        let what = Question.text("Hva skjedde? ")
        let when = Question.optionalText("Frist: ")
        let typed = [what.question.prompt: "Strøm borte", when.question.prompt: "snart"]
        for order: [any DialogField] in [[what, when], [when, what]] {
            var dialog = Dialog("Rekkefølge", order) { answers throws(DialogProblem) in
                if answers[when] == "snart" { throw DialogProblem(when, "Ikke et tidspunkt.") }
                return .execute(.log(nil, text: "\(answers[what]) innen \(answers[when] ?? "-")"), occurred: nil)
            }
            for question in dialog.questions {
                for character in typed[question.prompt] ?? "" { dialog.type(character) }
                _ = try? dialog.answer()
            }
            #expect(dialog.question.prompt == when.question.prompt, "back at the deadline, wherever it is in the list")
            for _ in "snart" { dialog.type(nil) }
            for character in "04:30" { dialog.type(character) }
            var outcome = try dialog.answer()
            while outcome == nil {
                for character in typed[dialog.question.prompt] ?? "" { dialog.type(character) }
                outcome = try dialog.answer()
            }
            guard case .execute(.log(nil, let text), _, _)? = outcome else {
                Issue.record("no log line from \(order.map(\.question.prompt))")
                continue
            }
            #expect(text == "Strøm borte innen 04:30")
        }
    }

    @Test func triageFromTheRegisterWritesTheMarkedSystems() throws {
        let outage = try Outage()
        var model = outage.model()
        _ = model.handle(.character("n"))
        answer(["Lab svarer ikke"], &model, outage)
        _ = model.handle(.character("r"))
        for character in "laboratorie" { _ = model.handle(.character(character)) }
        _ = model.handle(.character(" "))
        #expect(model.dialog?.previewLines.first?.hasPrefix("Også rammet via avhengigheter:") == true)
        answer(["", "teknisk", "", "Prøvesvar kommer ikke", "90"], &model, outage)
        let triage = try #require(model.incident?.triage)
        #expect(triage.systems == ["lis"])
        #expect(triage.category == "teknisk-svikt")
        #expect(triage.severity == .high)
        #expect(triage.expectedDuration == Minutes(90))
        #expect(model.dialog == nil)
    }

    @Test func aWrongDeadlineSaysWhyAndGoesBackToThatQuestion() throws {
        let outage = try Outage()
        var model = outage.model(.tasks)
        _ = model.handle(.character("+"))
        answer(["Hent nødpermer", "", "snart"], &model, outage)
        #expect(model.message?.text.contains("ikke «snart»") == true)
        #expect(model.dialog?.current == 2)
        #expect(model.dialog?.text == "snart")
        for _ in 0..<5 { _ = model.handle(.backspace) }
        answer(["04:30"], &model, outage)
        let task = try #require(model.incident?.tasks.last)
        #expect(task.title == "Hent nødpermer")
        #expect(task.due == Outage.now.addingTimeInterval(50 * 60))
    }

    @Test func aCorrectionPointsAtTheSelectedLine() throws {
        let outage = try Outage()
        var model = outage.model(.timeline)
        let last = try #require(model.timeline.visible.last)
        _ = model.handle(.character("c"))
        #expect(model.dialog?.text == last.summary(in: .empty))
        for _ in last.summary(in: .empty) { _ = model.handle(.backspace) }
        answer(["Blåbærsyltetøy til sengepost 3B", "Feil post"], &model, outage)
        guard case .entryCorrected(let correction)? = outage.store.timeline.last?.event?.body else {
            Issue.record("no correction written")
            return
        }
        #expect(correction.corrects == last.seq)
        #expect(correction.reason == "Feil post")
    }

    @Test func theTimelineFiltersBySearchAndByIncident() throws {
        let outage = try Outage()
        _ = try outage.store.execute(Command(by: "ola", .log(nil, text: "Vaktskifte i driftssenteret")), now: Outage.now)
        var model = outage.model(.timeline)
        _ = model.handle(.character("/"))
        answer(["blåbær"], &model, outage)
        #expect(model.timeline.visible.map { $0.summary(in: .empty) } == ["Blåbærsyltetøy på bestilling fra kjøkkenet; ærlig øvelse"])
        let screen = ConsoleView.render(model, size: Size(rows: 24, columns: 80)).lines.joined(separator: "\n")
        #expect(screen.contains("(1 av 25, filter: søk «blåbær»)"))
        _ = model.handle(.character("/"))
        for _ in "blåbær" { _ = model.handle(.backspace) }
        answer([""], &model, outage)
        _ = model.handle(.character("h"))
        #expect(model.timeline.visible.allSatisfy { $0.incident == outage.incident })
        #expect(model.timeline.visible.count < model.timeline.lines.count)
    }

    @Test func closingTooEarlyIsRefusedAndTheDialogKeepsTheSummary() throws {
        let outage = try Outage().furtherOn()
        var model = outage.model()
        // Control is the krisestab lead's (Per Leder, appointed in `furtherOn`): his name is filled in.
        for notes in [[""], ["Driftssenteret bekrefter", ""], [""]] {
            _ = model.handle(.character("f"))
            answer(notes, &model, outage)
        }
        _ = model.handle(.character("f"))
        answer([""], &model, outage)
        #expect(model.incident?.phase == .reEntry)
        _ = model.handle(.character("f"))
        #expect(model.dialog?.previewLines.first == "Dette hindrer lukking:")
        answer(["Alt er tilbake", "Følges opp i morgen", "", "Ingen åpne hendelser", ""], &model, outage)
        #expect(model.message?.text.hasPrefix("Avvist:") == true)
        #expect(model.dialog.map { $0.answers.values(of: $0.questions[0]) } == ["Alt er tilbake"])
        #expect(model.incident?.phase == .reEntry)
    }

    /// Meldinger: a template's gaps asked one by one; approval only by the krisestab lead; then sent.
    @Test func aMessageIsDraftedApprovedAndSent() throws {
        let outage = try Outage().furtherOn()
        var model = outage.model(.messages)
        _ = model.handle(.character("+"))
        answer(["pasienter-venterom", "Pasienter i venterommet", "05:00"], &model, outage)
        let drafted = try #require(model.incident?.messages.last)
        #expect(!drafted.draft.text.contains("["))
        _ = model.handle(.down)
        guard case .execute(let approve) = model.handle(.character("j")) else { Issue.record("no approval"); return }
        #expect(throws: Refusal.self) { try outage.store.execute(approve, now: Outage.now) }
        model.operatorName = "Per Leder"
        guard case .execute(let approval) = model.handle(.character("j")) else { Issue.record("no approval"); return }
        _ = try outage.store.execute(approval, now: Outage.now)
        model.sync(with: outage.store)
        _ = model.handle(.character("e"))
        answer(["oppslag"], &model, outage)
        #expect(model.incident?.messages.last?.sent.map(\.channel) == ["oppslag"])
    }

    @Test func anAvvikGetsAMeasureThatIsDoneAndIsClosed() throws {
        let outage = try Outage()
        var model = outage.model(.deviations)
        _ = model.handle(.character("+"))
        answer(["Nødpermen på 3B var utdatert", "Ny utskrift", "Feil rutine brukt", "Under omlegging"], &model, outage)
        _ = model.handle(.character(" "))
        // Cause level, then the system and the cause category start on the incident's (EPJ, teknisk svikt); risk later.
        answer(["", "system", "", "", "Sykepleier", "Avdelingsleder", "Klinikksjef", "senere"], &model, outage)
        let deviation = try #require(model.state.deviations.first)
        #expect(deviation.report.affected == [.confidentiality])
        #expect(deviation.report.cause == .system)
        #expect(deviation.report.system == "epj" && deviation.report.category == "teknisk-svikt")
        #expect(deviation.report.risk == nil)
        _ = model.handle(.character("i"))
        answer(["Månedlig kontroll av nødpermer", "Avdelingsleder", "14", "", "", ""], &model, outage)
        #expect(model.state.deviations.first?.measures.first?.plan.approval == nil, "approved later, or not at all")
        _ = model.handle(.character("d"))
        answer(["", "fullført", ""], &model, outage)
        #expect(model.state.deviations.first?.measures.first?.status == .done)
        _ = model.handle(.character("x"))
        answer(["Kontrollen er på plass"], &model, outage)
        #expect(model.state.deviations.first?.isOpen == false)
    }

    /// Normen 5.8.1: a second avvik on the same system with the same cause says «vurder ny risikovurdering», names the
    /// first, and stays in the detail; its risk is assessed right away, and a measure carries cost, alternatives and approval.
    @Test func aRepeatedAvvikAsksForANewRiskAssessment() throws {
        let outage = try Outage()
        var model = outage.model(.deviations)
        for what in ["EPJ-pålogging feilet på 3B", "EPJ-pålogging feilet igjen på 3B"] {
            _ = model.handle(.character("+"))
            answer([what, "Papir", "Forsinket behandling", "Melding fra post"], &model, outage)
            _ = model.handle(.character(" "))
            answer(["", "system", "", "", "IKT-vakt", "IKT-leder", "Fagdirektør", "nå", "høy", "middels", "Ny pålogging feiler under vakt"],
                   &model, outage)
        }
        let second = try #require(model.state.deviations.last)
        #expect(second.report.risk == DeviationRisk(likelihood: .high, consequence: .medium, text: "Ny pålogging feiler under vakt"))
        let saved = try #require(model.message?.text)
        #expect(saved.contains("vurder ny risikovurdering") && saved.contains("A-2026-001"), "said when saved: \(saved)")
        _ = model.handle(.down)
        let grid = ConsoleView.render(model, size: Size(rows: 24, columns: 80))
        let detail = grid.lines[(Layout.headerRows + 4)...].joined(separator: "\n")
        #expect(detail.contains("OBS: Gjentatt avvik: samme system"), "the detail leads with the warning: \(detail)")
        #expect(detail.contains("risiko: høy"))

        _ = model.handle(.character("i"))
        answer(["Overvåk påloggingstjenesten", "IKT-leder", "30", "3 dagsverk", "Ny leverandør; for dyrt", "Fagdirektør"], &model, outage)
        let measure = try #require(model.state.deviations.last?.measures.first)
        #expect(measure.plan.cost == "3 dagsverk" && measure.plan.alternatives == "Ny leverandør; for dyrt")
        #expect(measure.plan.approval == Approval(by: "Fagdirektør", on: Outage.now))
        #expect(ConsoleView.render(model, size: Size(rows: 24, columns: 80)).lines.contains {
            $0.contains("kostnad: 3 dagsverk · godkjent: Fagdirektør")
        })
    }

    @Test func causeRiskApprovalAndTheWholeAvvikFromTheAvvikScreen() throws {
        let outage = try Outage().furtherOn()
        var model = outage.model(.deviations)
        _ = model.handle(.character("c"))
        answer(["ikke ett", "Strømbrudd"], &model, outage)
        #expect(model.state.deviations.first?.report.category == "strombrudd")
        #expect(model.state.deviations.first?.report.system == nil)
        _ = model.handle(.character("e"))
        answer(["lav", "høy", "Mangler papirkurver ved neste stans"], &model, outage)
        #expect(model.state.deviations.first?.report.risk?.level == .medium)
        _ = model.handle(.character("j"))
        #expect(model.message?.text.contains("er godkjent") == true, "the demo's measure is approved already")
        _ = model.handle(.character("i"))
        answer(["Ekstra papirkurver i skapet", "Avdelingsleder 3B", "7", "", "", ""], &model, outage)
        _ = model.handle(.character("j"))
        answer(["", "Klinikksjef", ""], &model, outage)
        #expect(model.state.deviations.first?.measure("T2")?.plan.approval == Approval(by: "Klinikksjef", on: Outage.now))
        _ = model.handle(.enter)
        guard case .reading(let text)? = model.dialog?.question.kind else {
            Issue.record("Enter shows the whole avvik")
            return
        }
        for part in ["Strakstiltak: Lånt fra 3A", "Årsaksnivå: system", "Risiko middels (sannsynlighet lav, konsekvens høy)",
                     "alternativer vurdert: Plombert skap", "godkjent: Klinikksjef"] {
            #expect(text.contains(part), "\(part) in \(text)")
        }
    }

    @Test func aBreachIsFlaggedDetailedAndReported() throws {
        let outage = try Outage()
        var model = outage.model(.breach)
        _ = model.handle(.character("+"))
        answer(["03:30", "Pasientliste funnet i trapperom"], &model, outage)
        #expect(model.incident?.privacyBreachAwareAt == Outage.now.addingTimeInterval(-10 * 60))
        _ = model.handle(.character("d"))
        answer(["Pasienter", "24", "Navn og sengeplass", "", "", "", "", "", ""], &model, outage)
        #expect(model.incident?.breachDetails.approximateSubjects == 24)
        _ = model.handle(.character("e"))
        answer(["", ""], &model, outage)
        #expect(model.incident?.breachReports.map(\.stage) == [.initial])
        #expect(Clocks.privacyBreachDeadline(try #require(model.incident)) == nil)
    }

    /// The procedures for what is down and why (not the blast radius), and once a form of nøddrift is chosen,
    /// only the procedure written for it.
    @Test func choosingNøddriftLeavesItsProcedureOnTheChecklist() throws {
        let outage = try Outage()
        var model = outage.model(.checklist)
        let incident = try #require(model.incident)
        #expect(model.state.organisation.procedures(for: incident).map(\.id) == ["epj-delvis-is", "epj-uten-is"])
        _ = model.handle(.character("d"))
        answer(["uten IS"], &model, outage)
        let after = try #require(model.incident)
        #expect(after.activeFallbacks == [.withoutIT])
        #expect(model.state.organisation.procedures(for: after).map(\.id) == ["epj-uten-is"])
        #expect(ChecklistItems.of(after, in: model.state.organisation, now: Outage.now).allSatisfy { $0.procedure.id == "epj-uten-is" })
    }

    /// The suggested level follows the expected duration while it is typed, and is the one the triage records.
    @Test func theTriagePreviewFollowsTheDurationTypedLast() throws {
        let outage = try Outage()
        var model = outage.model()
        _ = model.handle(.character("n"))
        answer(["EPJ nede igjen"], &model, outage)
        _ = model.handle(.character("r"))
        for character in "epj" { _ = model.handle(.character(character)) }
        _ = model.handle(.character(" "))
        answer(["", "teknisk", "", "Ingen kurve"], &model, outage)
        let suggestion = { (model: ConsoleModel) in model.dialog?.previewLines.first { $0.hasPrefix("Foreslått beredskapsnivå") } }
        #expect(suggestion(model) == "Foreslått beredskapsnivå: GUL (en person beslutter; s setter nivået)")
        for character in "8t" { _ = model.handle(.character(character)) }
        #expect(suggestion(model) == "Foreslått beredskapsnivå: RØD (en person beslutter; s setter nivået)")
        let screen = ConsoleView.render(model, size: Size(rows: 24, columns: 80)).lines
        #expect(screen.contains { $0.contains("Foreslått beredskapsnivå: RØD") })
        answer([""], &model, outage)
        #expect(model.incident?.triage?.suggestedLevel == .red)
    }

    /// Triage again starts from the last one: the systems marked, the category, severity and answers as they were.
    @Test func aTriageRedoneStartsFromTheLastOne() throws {
        let outage = try Outage()
        var model = outage.model()
        _ = model.handle(.character("r"))
        #expect(model.dialog?.title == "Ny vurdering av \(outage.incident) (faktaark 2a)")
        #expect(model.dialog?.marked == ["epj"])
        answer([""], &model, outage)
        #expect(model.dialog?.highlighted?.value == "teknisk-svikt")
        answer([""], &model, outage)
        #expect(model.dialog?.highlighted?.value == "høy")
        answer([""], &model, outage)
        #expect(model.dialog?.text == "Ingen tilgang til kurve; papir brukes.")
    }

    /// Varsling: after «nådd» the cursor goes on to the next person and says so; after the other outcomes it
    /// stays on the person, who must be called again, and says that.
    @Test func afterACallTheCursorSaysWhereItIs() throws {
        let outage = try Outage()
        var model = outage.model(.notifications)
        let incident = try #require(model.incident)
        let first = try #require(NotificationList.rows(incident).first { $0.isOutstanding })
        #expect(model.notifications.selected(in: incident) == NotificationList.rows(incident).firstIndex { $0.id == first.id })
        for key in ["2", "3", "4"] {
            outage.press(.character(Character(key)), &model)
            let now = try #require(model.incident)
            #expect(NotificationList.rows(now)[model.notifications.selected(in: now)].id == first.id)
            #expect(model.message?.text.hasSuffix("markøren står på \(first.recipient), som må ringes igjen") == true)
        }
        outage.press(.character("1"), &model)
        let after = try #require(model.incident)
        let next = NotificationList.rows(after)[model.notifications.selected(in: after)]
        #expect(next.id != first.id && next.isOutstanding)
        #expect(model.message?.text.hasSuffix("markøren gikk til neste: \(next.recipient)") == true)
        _ = model.handle(.character("c"))
        #expect(model.dialog?.question.choices.map(\.label) == ["nådd", "ikke svar", "beskjed lagt igjen", "ringer tilbake"])
    }

    /// A template's open parts are each asked once, and all must be answered: none says «tomt» is allowed.
    @Test func aTemplatesGapsAreAskedOnceAndAllRequired() throws {
        let outage = try Outage().furtherOn()
        var model = outage.model(.messages)
        _ = model.handle(.character("+"))
        answer(["pasienter-personvernbrudd", "Berørte pasienter"], &model, outage)
        let prompts = try #require(model.dialog?.questions.map(\.prompt))
        #expect(prompts == ["Kontaktnummer for spørsmål: ",
                            "Fyll inn [beskriv bruddet på alminnelig språk, uten opplysninger om andre personer]: ",
                            "Fyll inn [beskriv de sannsynlige konsekvensene]: ",
                            "Fyll inn [beskriv tiltakene for å håndtere bruddet og redusere skadevirkningene]: "])
        answer([""], &model, outage)
        #expect(model.message?.text == "Skriv noe, eller Esc for å avbryte.")
        answer(["+47 000 12 345", "Liste funnet i trapp", "Lav", "Listen er makulert"], &model, outage)
        let text = try #require(model.incident?.messages.last?.draft.text)
        #expect(!text.contains("[") && text.contains("personvernombudet: +47 000 12 345"))
    }
}

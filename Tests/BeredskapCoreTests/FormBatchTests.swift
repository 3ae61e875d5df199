import Foundation
import Testing
@testable import BeredskapCore

@Suite("Paper forms in bulk: a range or a place moved on in one action, the count confirmed")
struct FormBatchTests {
    /// 40 forms to Sengepost 3B (EPJ-0001–0040), 5 to Akuttmottaket (EPJ-0041–0045).
    func issued() throws -> (Scenario, IncidentID) {
        var s = Scenario()
        let id = try s.incident(in: .responding)
        try s.run(.issueForms(id, form: "papirjournal", count: 40, issuedTo: "Sengepost 3B"))
        try s.run(.issueForms(id, form: "papirjournal", count: 5, issuedTo: "Akuttmottaket"))
        return (s, id)
    }

    @Test("40 forms returned from Sengepost 3B in one event, summarised in words")
    func wholeSeries() throws {
        var (s, id) = try issued()
        let events = try s.run(.advanceForms(id, .range("EPJ-0001", through: "EPJ-0040"), to: .returned, count: 40))
        let serials = (1...40).map { FormSerial(String(format: "EPJ-%04d", $0)) }
        #expect(events.map(\.body) == [.formsAdvanced(FormsAdvanced(serials: serials, status: .returned))])
        #expect(events[0].body.summary(in: Scenario.organisation) == "40 skjema EPJ-0001–EPJ-0040 innlevert")
        let forms = try #require(s.state[id]?.forms)
        #expect(forms.filter { $0.status == .returned }.map(\.serial) == serials)
        #expect(forms.filter { $0.status == .issued }.count == 5)
        #expect(forms[0].history.last?.seq == s.journal.last?.seq)

        try s.run(.advanceForms(id, .issuedTo("Sengepost 3B"), to: .entered, count: 40))
        #expect(s.state[id]?.forms.prefix(40).allSatisfy { $0.status == .entered } == true)
    }

    @Test("The helper selects by range or by place, for dialogs to show and count")
    func selection() throws {
        var (s, id) = try issued()
        try s.run(.issueForms(id, form: "labrekvisisjon", count: 2, issuedTo: "Sengepost 3B"))
        let incident = try #require(s.state[id])
        #expect(incident.forms(.range("EPJ-0039", through: "EPJ-0042"))?.map(\.serial) == ["EPJ-0039", "EPJ-0040", "EPJ-0041", "EPJ-0042"])
        #expect(incident.forms(.range("EPJ-0040", through: "EPJ-0040"))?.map(\.serial) == ["EPJ-0040"])
        #expect(incident.forms(.issuedTo("sengepost 3b "))?.count == 42, "the place matches whatever the case and spacing")
        #expect(incident.forms(.range("EPJ-0010", through: "EPJ-0001")) == nil)
        #expect(incident.forms(.range("EPJ-0001", through: "LAB-0002")) == nil)
        #expect(incident.forms(.range("EPJ-0001", through: "skjema")) == nil)
        #expect(incident.formPlaces == ["Sengepost 3B", "Akuttmottaket"])
    }

    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let action: @Sendable (IncidentID) -> Action
        let refusal: Refusal
        var testDescription: String { name }
    }

    static let refusals: [Case] = [
        Case(name: "the count is not what would move", action: { .advanceForms($0, .issuedTo("Akuttmottaket"), to: .returned, count: 4) },
             refusal: .formCountMismatch(stated: 4, selected: 5)),
        Case(name: "a zero count", action: { .advanceForms($0, .range("EPJ-0001", through: "EPJ-0002"), to: .returned, count: 0) },
             refusal: .formCountMismatch(stated: 0, selected: 2)),
        Case(name: "forms not at the step before", action: { .advanceForms($0, .range("EPJ-0001", through: "EPJ-0005"), to: .entered, count: 5) },
             refusal: .formsNotAtStep(["EPJ-0001", "EPJ-0002", "EPJ-0004", "EPJ-0005"], expected: .returned, to: .entered)),
        Case(name: "a step no batch can go to", action: { .advanceForms($0, .issuedTo("Akuttmottaket"), to: .waived, count: 5) },
             refusal: .noBatchStep(.waived)),
        Case(name: "back to issued", action: { .advanceForms($0, .issuedTo("Akuttmottaket"), to: .issued, count: 5) },
             refusal: .noBatchStep(.issued)),
        Case(name: "a backwards range", action: { .advanceForms($0, .range("EPJ-0040", through: "EPJ-0001"), to: .returned, count: 40) },
             refusal: .formRange(.range("EPJ-0040", through: "EPJ-0001"))),
        Case(name: "nothing selected", action: { .advanceForms($0, .issuedTo("Sengepost 9"), to: .returned, count: 1) },
             refusal: .noFormsSelected(.issuedTo("Sengepost 9"))),
        Case(name: "a range outside the incident", action: { .advanceForms($0, .range("EPJ-0100", through: "EPJ-0140"), to: .returned, count: 41) },
             refusal: .noFormsSelected(.range("EPJ-0100", through: "EPJ-0140"))),
    ]

    @Test("Refused unless every selected form is at the step before and the count matches", arguments: refusals)
    func refused(_ rule: Case) throws {
        var (s, id) = try issued()
        try s.run(.advanceForm(id, "EPJ-0003", to: .returned))
        let refusal = s.refusal(rule.action(id))
        #expect(refusal == rule.refusal)
        #expect(refusal?.message.isEmpty == false)
    }

    @Test("Refusals say what the person sees: how many, which, and what to do")
    func refusalWords() {
        #expect(Refusal.formCountMismatch(stated: 38, selected: 40).message
            == "Utvalget gjelder 40 skjema, ikke 38. Tell over og oppgi antallet du ser.")
        #expect(Refusal.formsNotAtStep(["EPJ-0001", "EPJ-0002", "EPJ-0004"], expected: .returned, to: .entered).message
            == "3 av skjemaene er ikke «innlevert» og kan ikke settes til «registrert»: EPJ-0001–EPJ-0002, EPJ-0004. "
            + "Flytt dem hver for seg, eller velg et annet utvalg.")
        #expect(Refusal.noBatchStep(.waived).message
            == "Papirskjema kan ikke settes samlet til «frafalt». Velg «innlevert», «registrert» eller «kontrollert».")
    }

    @Test("A closed incident's forms are not moved")
    func closed() throws {
        var s = Scenario()
        let id = try s.incident(in: .closed)
        #expect(s.refusal(.advanceForms(id, .issuedTo("x"), to: .returned, count: 1)) == .notOpen(id))
    }

    @Test("Serial runs: contiguous serials become one run, gaps and other prefixes start new ones")
    func runs() {
        #expect(FormSerial.runs(["JN-0001", "JN-0002", "JN-0003"]) == "JN-0001–JN-0003")
        #expect(FormSerial.runs(["JN-0001", "JN-0003", "JN-0004", "LAB-0005"]) == "JN-0001, JN-0003–JN-0004, LAB-0005")
        #expect(FormSerial.runs(["JN-0009"]) == "JN-0009")
        #expect(FormSerial.runs([]) == "")
    }
}

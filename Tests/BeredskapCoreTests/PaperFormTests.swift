import Foundation
import Testing
@testable import BeredskapCore

@Suite("Paper forms: issued, returned, entered, verified - or waived")
struct PaperFormTests {
    @Test("Serials run PREFIX-0001, -0002, ... and continue across incidents, per prefix")
    func serials() throws {
        var s = Scenario()
        let first = try s.incident(in: .responding)
        let second = try s.open("Labsystem nede")
        s.wait(minutes(4))
        let events = try s.run(.issueForms(first, form: "papirjournal", count: 3, issuedTo: "Sengepost 3B"))
        #expect(events.map(\.body) == [.formsIssued(FormsIssued(form: "papirjournal", serials: ["EPJ-0001", "EPJ-0002", "EPJ-0003"],
                                                                 issuedTo: "Sengepost 3B"))])
        try s.run(.issueForms(second, form: "labrekvisisjon", count: 1, issuedTo: "Poliklinikk"))
        try s.run(.issueForms(second, form: "papirjournal", count: 2, issuedTo: "Akuttmottaket"))

        #expect(s.state[first]?.forms.map(\.serial) == ["EPJ-0001", "EPJ-0002", "EPJ-0003"])
        #expect(s.state[second]?.forms.map(\.serial) == ["LAB-0001", "EPJ-0004", "EPJ-0005"])
        let form = try #require(s.state[first]?.form("EPJ-0002"))
        #expect(form.status == .issued)
        #expect(form.issuedTo == "Sengepost 3B")
        #expect(form.issuedAt == night + minutes(4))
        #expect(form.form == "papirjournal")
    }

    @Test("Between 1 and 500 forms at a time", arguments: [(-1, false), (0, false), (1, true), (500, true), (501, false)])
    func countBounds(count: Int, allowed: Bool) throws {
        var s = Scenario()
        let id = try s.incident(in: .responding)
        let refusal = s.refusal(.issueForms(id, form: "papirjournal", count: count, issuedTo: "Sengepost 3B"))
        #expect(refusal == (allowed ? nil : .formCount(count)))
    }

    @Test("Only a form type from skjema.yaml is handed out, and only with a serial prefix")
    func formTypeAndPrefix() throws {
        var organisation = Scenario.organisation
        organisation.forms.append(FormDefinition(id: "uten-prefiks", title: "Uten prefiks", serialPrefix: "", fields: []))
        var s = Scenario()
        s.state = State(organisation: organisation)
        let id = try s.incident(in: .responding)
        #expect(s.refusal(.issueForms(id, form: "blodbestilling", count: 1, issuedTo: "3B"))
            == .unknownFormType("blodbestilling", known: ["papirjournal", "labrekvisisjon", "uten-prefiks"]))
        #expect(s.refusal(.issueForms(id, form: "uten-prefiks", count: 1, issuedTo: "3B")) == .formWithoutPrefix("uten-prefiks"),
                "serials would read «-0001»")
        #expect(s.state[id]?.forms.isEmpty == true)
    }

    @Test("Forms go to a place, which must be named")
    func issuedToRequired() throws {
        var s = Scenario()
        let id = try s.incident(in: .responding)
        #expect(s.refusal(.issueForms(id, form: "papirjournal", count: 1, issuedTo: "")) == .emptyText(field: "utlevert til"))
    }

    @Test("The steps come in order: utlevert → innlevert → registrert → kontrollert")
    func stepOrder() throws {
        var s = Scenario()
        let id = try s.incident(in: .responding)
        try s.run(.issueForms(id, form: "papirjournal", count: 1, issuedTo: "Sengepost 3B"))
        let path: [FormStatus] = [.issued, .returned, .entered, .verified]
        for (current, next) in zip(path, path.dropFirst()) {
            for wrong in FormStatus.allCases where wrong != next {
                #expect(s.refusal(.advanceForm(id, "EPJ-0001", to: wrong)) == .formStep("EPJ-0001", from: current, to: wrong),
                        "\(current) → \(wrong)")
            }
            try s.run(.advanceForm(id, "EPJ-0001", to: next))
            #expect(s.state[id]?.form("EPJ-0001")?.status == next)
        }
        for any in FormStatus.allCases {
            #expect(s.refusal(.advanceForm(id, "EPJ-0001", to: any)) == .formStep("EPJ-0001", from: .verified, to: any))
        }
        #expect(s.refusal(.waiveForm(id, "EPJ-0001", reason: "Likevel")) == .formStep("EPJ-0001", from: .verified, to: .waived))
    }

    @Test("A form that will not come back is waived with a reason, once")
    func waive() throws {
        var s = Scenario()
        let id = try s.incident(in: .responding)
        try s.run(.issueForms(id, form: "papirjournal", count: 2, issuedTo: "Sengepost 3B"))
        try s.run(.advanceForm(id, "EPJ-0002", to: .returned))
        #expect(s.refusal(.waiveForm(id, "EPJ-0001", reason: " ")) == .emptyText(field: "begrunnelse"))
        try s.run(.waiveForm(id, "EPJ-0001", reason: "Ubrukt, makulert"))
        try s.run(.waiveForm(id, "EPJ-0002", reason: "Dublett av EPJ-0001"))
        let form = try #require(s.state[id]?.form("EPJ-0001"))
        #expect(form.status == .waived)
        #expect(form.waivedReason == "Ubrukt, makulert")
        #expect(s.state[id]?.unsettledForms.isEmpty == true)
        #expect(s.refusal(.waiveForm(id, "EPJ-0001", reason: "Igjen")) == .formStep("EPJ-0001", from: .waived, to: .waived))
        #expect(s.refusal(.advanceForm(id, "EPJ-0001", to: .returned)) == .formStep("EPJ-0001", from: .waived, to: .returned))
    }

    @Test("A serial from another incident, or none at all, is unknown here")
    func unknownForm() throws {
        var s = Scenario()
        let first = try s.incident(in: .responding)
        let second = try s.open("Labsystem nede")
        try s.run(.issueForms(first, form: "papirjournal", count: 1, issuedTo: "Sengepost 3B"))
        #expect(s.refusal(.advanceForm(second, "EPJ-0001", to: .returned)) == .unknownForm("EPJ-0001"))
        #expect(s.refusal(.waiveForm(second, "EPJ-0001", reason: "Borte")) == .unknownForm("EPJ-0001"))
        #expect(s.refusal(.advanceForm(first, "EPJ-0002", to: .returned)) == .unknownForm("EPJ-0002"))
    }

    @Test("During re-entry forms are reconciled, but no new ones are issued")
    func reEntry() throws {
        var s = Scenario()
        let id = try s.incident(in: .restoring)
        try s.run(.issueForms(id, form: "papirjournal", count: 1, issuedTo: "Sengepost 3B"))
        try s.bring(id, to: .reEntry)
        try s.run(.advanceForm(id, "EPJ-0001", to: .returned))
        #expect(s.refusal(.issueForms(id, form: "papirjournal", count: 1, issuedTo: "Sengepost 3B")) ==
                .wrongPhase(id, phase: .reEntry, action: "utlever papirskjema", allowed: [.detected, .triaged, .responding, .restoring]))
    }

    @Test("Settled means verified or waived")
    func settled() {
        #expect(FormStatus.allCases.filter(\.isSettled) == [.verified, .waived])
        #expect(FormStatus.allCases.map(\.rawValue) == ["utlevert", "innlevert", "registrert", "kontrollert", "frafalt"])
    }
}

import ArgumentParser
import BeredskapCore
import BeredskapStore

struct CorrectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "correct",
        abstract: "Korriger en tidligere registrering. Ingenting endres eller slettes: korrigeringen peker på nr.",
        discussion: """
            Registrerte linjen et faktum, settes det riktig med ett av valgene: --call-outcome (utfallet av et \
            anrop), --untick (et kvittert steg var ikke gjort), --form-back (papirskjemaet går ett steg tilbake; \
            --serial velger skjemaet når linjen flyttet flere) eller --triage-redone-by NR (en ny vurdering erstatter \
            denne). Hendelsen, varslingen, steget og skjemaet leses fra linjen; `beredskap timeline` viser numrene.
            Eksempel: beredskap correct 14 --text "V2 svarte ikke" --reason "Feil utfall registrert" --call-outcome ikke-svar
            """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Nummeret (seq) på registreringen som korrigeres.") var seq: Int
    @Option(help: "Riktig opplysning.") var text: String
    @Option(help: "Hvorfor det korrigeres.") var reason: String
    @Option(help: "Hendelsen det gjelder (standard: hendelsen linjen gjelder).") var incident: String?
    @Option(name: .customLong("call-outcome"), help: ArgumentHelp(
        "Riktig utfall av anropet på linjen: nådd, ikke-svar, beskjed-lagt-igjen eller ringer-tilbake.", valueName: "UTFALL"))
    var callOutcome: CallOutcome?
    @Flag(help: "Steget som ble kvittert på linjen, var ikke gjort: det åpnes igjen.") var untick = false
    @Flag(name: .customLong("form-back"), help: "Papirskjemaet som ble flyttet på linjen, settes tilbake til steget før.") var formBack = false
    @Option(help: ArgumentHelp("Med --form-back: skjemaet som settes tilbake når linjen flyttet flere.", valueName: "LØPENUMMER"))
    var serial: String?
    @Option(name: .customLong("triage-redone-by"), help: ArgumentHelp("Nummeret på den nye vurderingen som erstatter vurderingen på linjen.", valueName: "NR"))
    var triageRedoneBy: Int?

    func validate() throws {
        if [callOutcome != nil, untick, formBack, triageRedoneBy != nil].filter({ $0 }).count > 1 {
            throw ValidationError("Velg bare ett av --call-outcome, --untick, --form-back og --triage-redone-by.")
        }
        if serial != nil, !formBack { throw ValidationError("--serial hører til --form-back.") }
    }

    func run() throws {
        let store = try global.openStore()
        guard let line = store.timeline.entry(seq: seq) else { throw Refusal.unknownSeq(seq, last: store.state.lastSeq) }
        if let incident, let recorded = line.incident, recorded.rawValue != incident {
            throw CommandFailure(message: "Nr. \(seq) gjelder \(recorded), ikke \(incident). Ingenting er skrevet.")
        }
        let fact = try fact(on: line, in: store.state.organisation)
        try global.execute(.correct(seq: seq, incident: incident.map(IncidentID.init(rawValue:)) ?? line.incident,
                                    text: text, reason: reason, fact: fact))
    }

    /// The fact to set right, read from the line at `seq` (its duty, step or form); nil for a correction of the text
    /// only. Refuses when the line did not record the kind of fact asked for.
    func fact(on line: TimelineEntry, in organisation: Organisation) throws -> FactCorrection? {
        let body = line.event?.body
        func refusal(_ recorded: String, _ option: String) -> CommandFailure {
            CommandFailure(message: "Nr. \(seq) registrerte ikke \(recorded), men «\(line.summary(in: organisation))», så \(option) "
                + "passer ikke. Uten det valget korrigeres bare teksten. Ingenting er skrevet.")
        }
        if let callOutcome {
            guard case .callAttempted(let call)? = body else { throw refusal("et anrop", "--call-outcome") }
            return .callOutcome(call.duty, callOutcome)
        }
        if untick {
            guard case .stepCompleted(let tick)? = body else { throw refusal("et kvittert steg", "--untick") }
            return .untickStep(tick.procedure, tick.step)
        }
        if formBack {
            let moved = Self.formsMoved(by: body)
            guard !moved.isEmpty else { throw refusal("at et papirskjema ble flyttet", "--form-back") }
            return .moveFormBack(try chosenForm(moved))
        }
        if let triageRedoneBy {
            guard case .incidentTriaged? = body else { throw refusal("en vurdering", "--triage-redone-by") }
            return .triageRedone(by: triageRedoneBy)
        }
        return nil
    }

    /// The form to move back: the one the line moved, or the one `--serial` names among several.
    private func chosenForm(_ moved: [FormSerial]) throws -> FormSerial {
        if let serial {
            guard let chosen = moved.first(where: { $0.rawValue == serial }) else {
                throw CommandFailure(message: "Nr. \(seq) flyttet ikke \(serial), bare \(FormSerial.runs(moved)). Ingenting er skrevet.")
            }
            return chosen
        }
        guard moved.count == 1, let only = moved.first else {
            throw CommandFailure(message: "Nr. \(seq) flyttet \(moved.count) papirskjema (\(FormSerial.runs(moved))). "
                + "Velg hvilket som skal tilbake med --serial LØPENUMMER. Ingenting er skrevet.")
        }
        return only
    }

    /// The forms a line moved on one step or waived.
    private static func formsMoved(by body: EventBody?) -> [FormSerial] {
        if case .formAdvanced(let form)? = body { return [form.serial] }
        if case .formWaived(let form)? = body { return [form.serial] }
        if case .formsAdvanced(let batch)? = body { return batch.serials }
        return []
    }
}

import BeredskapCore

extension ConsoleModel {
    /// Factsheet 2f, Normen 5.9: which form of emergency operation is in force. The checklist then holds only the
    /// procedures written for it.
    func fallbackDialog() throws(NotNow) -> Dialog {
        let incident = try requireIncident()
        let procedures = state.organisation.procedures(for: incident)
        guard !procedures.isEmpty else { throw NotNow("Vurder hendelsen først (r); nøddriften følger prosedyrene som gjelder.") }
        let modes = FallbackMode.allCases.filter { !incident.activeFallbacks.contains($0) }
        guard !modes.isEmpty else { throw NotNow("Alle former for nøddrift er allerede i bruk.") }
        let form = Question.choice("Hvilken nøddrift gjelder nå?", modes) { mode in
            "\(mode.title) (\(mode.example))"
                + (procedures.first { $0.mode == mode }.map { ": " + $0.title } ?? "")
        }
        return Dialog("Nøddrift for \(incident.id)", [form]) { answers throws(DialogProblem) in
            guard let mode = answers[form] else { throw DialogProblem(form, "Velg en form for nøddrift.") }
            return .execute(.activateFallback(incident.id, mode, procedure: procedures.first { $0.mode == mode }?.ref), occurred: nil)
        }
    }
}

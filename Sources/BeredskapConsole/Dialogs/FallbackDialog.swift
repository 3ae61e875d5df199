import BeredskapCore

extension ConsoleModel {
    /// Factsheet 2f, Normen 5.9: which form of emergency operation is in force. The checklist then holds only the
    /// procedures written for it.
    func fallbackDialog() throws(NotNow) -> Dialog {
        let incident = try requireIncident()
        let procedures = state.organisation.procedures(for: incident)
        guard !procedures.isEmpty else { throw NotNow("Vurder hendelsen først (r); nøddriften følger prosedyrene som gjelder.") }
        let modes = FallbackMode.allCases.filter { !incident.activeFallbacks.contains($0) }
        guard !modes.isEmpty else { throw NotNow("Begge former for nøddrift er allerede i bruk.") }
        let choices = modes.map { mode in
            Choice(mode.rawValue, (mode == .withoutIT ? "Nøddrift uten IS-støtte (papir)" : "Nøddrift med delvis IS-støtte (lesekopi, annet system)")
                   + (procedures.first { $0.mode == mode }.map { ": " + $0.title } ?? ""))
        }
        return Dialog("Nøddrift for \(incident.id)", [.choice("Hvilken nøddrift gjelder nå?", choices)]) { answers in
            let mode = FallbackMode(rawValue: answers.text(0)) ?? .withoutIT
            return .execute(.activateFallback(incident.id, mode, procedure: procedures.first { $0.mode == mode }?.ref), occurred: nil)
        }
    }
}

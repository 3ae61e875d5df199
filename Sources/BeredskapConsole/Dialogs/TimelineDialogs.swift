import BeredskapCore
import Foundation

/// The timeline's own dialogs: correct a line (a new line pointing at it; the old one stays), and search.
extension ConsoleModel {
    func correctionDialog() throws(NotNow) -> Dialog {
        guard let line = timeline.selectedLine else { throw NotNow("Tidslinjen er tom; ingenting å korrigere.") }
        return Dialog("Korriger linje nr. \(line.seq)", [
            .text("Riktig tekst: ", initial: line.summary),
            .text("Hvorfor rettes den? "),
        ], preview: { _ in ["Linje nr. \(line.seq) blir stående; rettelsen peker på den.", line.summary] }) { answers in
            .execute(.correct(seq: line.seq, incident: line.incident, text: answers.text(0), reason: answers.text(1)), occurred: nil)
        }
    }

    func searchDialog() -> Dialog {
        Dialog("Søk", [.text("Søk i tidslinjen (tomt fjerner søket): ", optional: true, initial: timeline.filter.search)]) { answers in
            let search = answers.text(0)
            return .view { model in model.timeline.filter.search = search }
        }
    }
}

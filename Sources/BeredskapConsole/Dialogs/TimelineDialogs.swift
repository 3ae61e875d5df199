import BeredskapCore
import Foundation

/// The timeline's own dialogs: correct a line (a new line pointing at it; the old one stays), and search.
extension ConsoleModel {
    func correctionDialog() throws(NotNow) -> Dialog {
        guard let line = timeline.selectedLine else { throw NotNow("Tidslinjen er tom; ingenting å korrigere.") }
        let text = Question.text("Riktig tekst: ", initial: line.summary)
        let reason = Question.text("Hvorfor rettes den? ")
        return Dialog("Korriger linje nr. \(line.seq)", [text, reason],
                      preview: { _ in ["Linje nr. \(line.seq) blir stående; rettelsen peker på den.", line.summary] }) { answers in
            .execute(.correct(seq: line.seq, incident: line.incident, text: answers[text], reason: answers[reason]), occurred: nil)
        }
    }

    func searchDialog() -> Dialog {
        let text = Question.optionalText("Søk i tidslinjen (tomt fjerner søket): ", initial: timeline.filter.search)
        return Dialog("Søk", [text]) { answers in
            let search = answers[text] ?? ""
            return .view { model in model.timeline.filter.search = search }
        }
    }
}

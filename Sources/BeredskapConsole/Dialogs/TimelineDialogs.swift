import BeredskapCore
import Foundation

/// The timeline's search; correcting a line is in `CorrectionDialogs`.
extension ConsoleModel {
    /// Starts empty each time: a search is typed for what is sought now, not edited from the last one.
    func searchDialog() -> Dialog {
        let text = Question.optionalText("Søk i tidslinjen (tekst, «skjedde 03:12», operatør; tomt fjerner søket): ")
        return Dialog("Søk", [text]) { answers in
            let search = answers[text] ?? ""
            return .view { model in model.timeline.filter.search = search }
        }
    }
}

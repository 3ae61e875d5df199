import BeredskapCore
import Foundation

/// Normen 5.8.1's «ved gjentatte avvik skal det gjennomføres ny risikovurdering», said on standard error after an
/// avvik is registered or its cause recorded, so a script reading the id from standard output is not disturbed.
enum RepeatNotice {
    static func warn(about id: DeviationID, in state: State) {
        guard let warning = state.deviation(id).flatMap(state.repeatWarning(for:)) else { return }
        Terminal.error(InertText.make(warning))
    }
}

import BeredskapCore

/// The key that does a «Hva nå?» item from anywhere (Enter does it on the overview): the same key table as the
/// footer and the help, so the overview never names a key that does something else.
enum NextActionKey {
    static func action(for kind: NextAction.Kind) -> KeyAction {
        switch kind {
        case .openIncident: .newIncident
        case .triage: .triage
        case .decideLevel, .lowerLevel: .decideLevel
        case .startResponse, .confirmControl, .startRestoration, .confirmRestored, .close, .evaluate: .advancePhase
        case .reEnterForms: .show(.paper)
        case .notify, .callAgain: .show(.notifications)
        case .task, .appointRole: .show(.tasks)
        case .step: .show(.checklist)
        case .reportPrivacyBreach: .show(.breach)
        }
    }

    /// How the key is written on screen.
    static func label(for kind: NextAction.Kind) -> String {
        let action = action(for: kind)
        return KeyBindings.all.first { $0.action == action && $0.screens.isEmpty }?.keyLabel ?? "Enter"
    }
}

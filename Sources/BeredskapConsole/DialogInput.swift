import BeredskapCore

extension ConsoleModel {
    /// Keys while a dialog is open: typing, choosing, Enter to answer, Esc to leave it.
    mutating func edit(_ key: Key) -> Effect {
        guard var dialog else { return .none }
        switch (key, dialog.question.kind) {
        case (.escape, _):
            self.dialog = nil
            followUp = nil
            message = nil
            return .none
        case (.enter, _):
            do {
                guard let outcome = try dialog.answer() else {
                    self.dialog = dialog
                    message = nil
                    return .none
                }
                self.dialog = dialog
                return resolve(outcome)
            } catch {
                self.dialog = dialog
                message = Message(text: error.message, isError: true)
                return .none
            }
        case (.character(" "), .choices):
            dialog.toggle()
        case (.backspace, _):
            dialog.type(nil)
        case (.character(let character), _):
            dialog.type(character)
        case (.up, .choice), (.up, .choices):
            dialog.cursor = max(dialog.cursor - 1, 0)
        case (.down, .choice), (.down, .choices):
            dialog.cursor = min(dialog.cursor + 1, max(dialog.visibleChoices.count - 1, 0))
        case (.up, .reading):
            dialog.cursor = max(dialog.cursor - 1, 0)
        case (.down, .reading(let text)):
            // The overlay keeps the last line at the bottom; this only stops the count running past the text.
            dialog.cursor = min(dialog.cursor + 1, max(TextBlock.wrap(text, width: Size.minimum.columns - 2).count - 1, 0))
        default:
            break
        }
        self.dialog = dialog
        return .none
    }

    private mutating func resolve(_ outcome: DialogOutcome) -> Effect {
        switch outcome {
        case .execute(let action, let occurred, let onBehalfOf):
            return command(action, occurred: occurred, onBehalfOf: onBehalfOf)
        case .executeThen(let action, let then):
            followUp = then
            return command(action)
        case .next(let next):
            dialog = next
        case .view(let change):
            dialog = nil
            change(&self)
        }
        return .none
    }
}

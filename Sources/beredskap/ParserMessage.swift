import Foundation

/// ArgumentParser's usage errors in Norwegian: every refusal the user reads is in Norwegian, also the ones the
/// parser makes before a command runs. Unknown wordings pass through unchanged rather than being lost.
enum ParserMessage {
    private static let rules: [(pattern: String, template: String)] = [
        (#"The value '(.*?)' is invalid for '(.*?)'\. Please provide one of (.*)\."#, "Verdien «$1» er ugyldig for «$2». Gyldige verdier: $3."),
        (#"The value '(.*?)' is invalid for '(.*?)'"#, "Verdien «$1» er ugyldig for «$2»"),
        (#"Missing expected argument '(.*?)'"#, "Mangler «$1»"),
        (#"Missing value for '(.*?)'"#, "Mangler verdi for «$1»"),
        (#"Unexpected arguments? (.*)"#, "Uventet argument: $1"),
        (#"Unknown option '(.*?)'"#, "Ukjent valg «$1»"),
        (#"Did you mean '(.*?)'\?"#, "Mente du «$1»?"),
        (#"See '(.*?)' for more information\."#, "Se «$1» for mer."),
        (#"(?m)^Error: "#, "Feil: "),
        (#"(?m)^Help: "#, "Hjelp:"),
        (#"(?m)^Usage: "#, "Bruk: "),
    ]

    static func norwegian(_ message: String) -> String {
        var text = message
        for rule in rules {
            text = text.replacingOccurrences(of: rule.pattern, with: rule.template, options: .regularExpression)
        }
        // «'normal', 'grønn', 'gul' or 'rød'» as a Norwegian list.
        return text.replacingOccurrences(of: #"'([^']*)'"#, with: "$1", options: .regularExpression)
            .replacingOccurrences(of: " or ", with: " eller ")
    }
}

/// The columns of an MSEL (master scenario events list) CSV file: one row per expected action, the inject's own
/// columns filled on its first row. The headings are what the facilitator reads in the spreadsheet.
enum MSELColumn: String, CaseIterable {
    case inject = "innspill"
    case time = "tid"
    case to = "til"
    case from = "fra"
    case text = "tekst"
    case expectation = "forventning"
    case expectedAction = "forventet handling"
    case objective = "mål"

    /// The columns that describe the inject itself, written once on its first row.
    static let injectColumns: [MSELColumn] = [.time, .to, .from, .text]
    /// The columns of one expected action.
    static let expectationColumns: [MSELColumn] = [.expectation, .expectedAction, .objective]
}

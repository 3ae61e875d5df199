import ArgumentParser

/// `beredskap exercise msel`: a scenario's inject list (MSEL) as CSV, to plan in a spreadsheet.
struct ExerciseMSELCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "msel",
        abstract: "Innspillslisten (MSEL) som CSV: eksporter til regneark, og importer den tilbake i scenariet.",
        discussion: """
            Filen er UTF-8 med BOM, semikolon mellom cellene og én rad per forventet handling, slik norsk Excel \
            åpner den. Kolonnene: innspill;tid;til;fra;tekst;forventning;forventet handling;mål. Innspillets egne \
            celler (tid, til, fra, tekst) står på første rad; radene rett under med samme id legger til \
            forventninger.
            """,
        subcommands: [ExerciseMSELExportCommand.self, ExerciseMSELImportCommand.self])
}

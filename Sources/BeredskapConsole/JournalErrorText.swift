import BeredskapJournal

// Lives on the presentation side (DESIGN.md: Norwegian wording belongs in Console, Paper and the executable); the
// console and the command line tell the same words.

extension JournalError {
    /// What the person at the keyboard is told, in Norwegian: what happened, and what to do next.
    /// The technical detail (English, as in logs) follows in brackets where there is one.
    public var norwegian: String {
        switch self {
        case .readOnly(let damage):
            "Journalen er skrivebeskyttet fordi den er skadet ved \(damage.seq.map { "nr. \($0)" } ?? "linje \(damage.line)") "
                + "[\(damage.reason)]. Alt før skaden kan leses. Ta vare på filen som dokumentasjon, og start en ny journal "
                + "for å registrere videre."
        case .writerStopped(let reason):
            "Skriving til journalen er stoppet etter at lagring til disk feilet [\(reason)]; siste registrering er kanskje "
                + "ikke lagret. Start programmet på nytt: journalen kontrolleres da på nytt."
        case .io:
            "Journalfilen kunne ikke leses eller skrives [\(description)]. Kontroller stien, tilgangene og disken."
        case .fileTooLarge:
            "Journalfilen har nådd største tillatte filstørrelse (EFBIG); registreringen ble ikke lagret. "
                + "Øk grensen (ulimit -f) eller start en ny journal."
        case .diskFull:
            "Disken med journalen er full (ENOSPC); registreringen ble ikke lagret. Frigjør plass og prøv igjen."
        case .invalidDraft(let why):
            "Registreringen ble avvist, ingenting er skrevet [\(why)]."
        case .notAJournal(let path):
            "\(path) er ikke en Beredskap-journal. Kontroller stien."
        case .damagedHeader(let path, let damage):
            "Toppen av journalen \(path) er skadet [\(damage.reason)]; ingenting i den kan stoles på. "
                + "Ta vare på filen som dokumentasjon og start en ny journal."
        case .unsupportedVersion(let path, let version):
            "\(path) er i journalformat versjon \(version), som denne versjonen av programmet ikke kjenner. Oppgrader programmet."
        case .alreadyExists(let path):
            "Det finnes allerede en fil i \(path); en ny journal skriver aldri over en fil."
        }
    }
}

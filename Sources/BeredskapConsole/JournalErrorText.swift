import BeredskapCore
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
        case .notARegularFile(let path, let kind):
            "\(path) er \(kind.norwegian), ikke en vanlig fil, og kan ikke være en journal. Kontroller stien."
        case .locked(_, let holders):
            "Journalen er låst av \(LockHolder.norwegian(holders)); ingenting er lagret. Prøv igjen når den er ledig."
        case .detached(let path, .removed):
            "Journalfilen er slettet mens programmet hadde den åpen (\(path)). Det som ble registrert etter det, er IKKE "
                + "lagret i journalen, og ingenting mer skrives. Finn ut hva som skjedde med filen (eller mappen), "
                + "avslutt og start programmet på nytt, og registrer det som mangler på nytt."
        case .detached(let path, .replaced):
            "Journalfilen er byttet ut med en annen fil mens programmet hadde den åpen (\(path)). Det som ble registrert "
                + "etter det, er IKKE lagret i journalen som ligger der nå, og ingenting mer skrives. Finn ut hvem som "
                + "byttet filen, avslutt og start programmet på nytt, og registrer det som mangler på nytt."
        case .openedForReading(let path):
            "Journalen \(path) er åpnet bare for lesing; ingenting er lagret."
        }
    }

    /// What a reader says about a torn tail it found and left alone.
    public static func tornTailNotice(bytes: Int) -> String {
        "Merk: journalen slutter med \(Count.phrase(bytes, "byte", "byte")) av en ufullstendig linje (en avrevet hale etter "
            + "et krasj eller en skriving som pågår). Den er ikke tatt med her; neste gang noen registrerer, flyttes den "
            + "til en karantenefil og journalen repareres."
    }
}

extension JournalDamage {
    /// What an export or a report of a damaged journal says where it stops.
    public var exportNotice: String {
        "Journalen er skadet ved \(seq.map { "nr. \($0), linje \(line) i filen" } ?? "linje \(line) i filen") [\(reason)]. "
            + "Alt før skaden er med; ingenting etter den er tatt med. Kontroller journalen med `beredskap verify`."
    }
}

extension LockHolder {
    /// `prosess 4242 (beredskap log …), som er stoppet`, for each holder; «en annen prosess» when none is known.
    public static func norwegian(_ holders: [LockHolder]) -> String {
        guard !holders.isEmpty else { return "en annen prosess" }
        return holders.map { holder in
            "prosess \(holder.pid)" + (holder.command.map { " (\(InertText.make(String($0.prefix(80)))))" } ?? "")
                + (holder.isStopped ? ", som er stoppet (fortsett den med `kill -CONT \(holder.pid)` eller `fg`)" : "")
        }.joined(separator: " og ")
    }

    /// What a command line prints while it waits for the lock.
    public static func waitingNotice(_ holders: [LockHolder]) -> String {
        "Venter på journalen: den er låst av \(norwegian(holders)). Venter videre; avbryt med Ctrl-C."
    }
}

extension FileStatus.Kind {
    var norwegian: String {
        switch self {
        case .regular: "en vanlig fil"
        case .directory: "en mappe"
        case .fifo: "et navngitt rør (FIFO)"
        case .characterDevice, .blockDevice: "en enhet"
        case .socket: "en socket"
        case .other: "en spesiell fil"
        }
    }
}

extension JournalExposure {
    /// The warning the console's message line and the command line's standard error give for a journal every
    /// account on the machine can read.
    public static func warning(path: String, permissions: FilePermissions) -> String {
        "ADVARSEL: journalen kan leses av alle brukere på maskinen (modus \(String(permissions.rawValue, radix: 8))): \(path). "
            + "Gjør den privat med `chmod 600 \(path)`, eller `chmod 660` i en delt mappe (`beredskap setup --shared`)."
    }
}

import ArgumentParser
import BeredskapStore
import Foundation

/// `beredskap setup`: a new organisation from the shipped example, and a host's shared journal directory.
struct SetupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "setup",
        abstract: "Klargjør en ny organisasjon (--organisation MAPPE) eller en delt journalmappe for flere på samme maskin (--shared).",
        discussion: """
            --organisation MAPPE kopierer eksempelorganisasjonen (installert i /usr/share/beredskap/example, \
            ellers ./Playbooks) som utgangspunkt; rediger filene og kjør `beredskap lint MAPPE`.
            --shared (som root) oppretter gruppen beredskap og journalmappen /var/lib/beredskap (eller --journal MAPPE) \
            med eier root:beredskap og modus 2770, så alle i gruppen skriver i samme journal, hver som seg selv. \
            Legg til hver person med `usermod -aG beredskap BRUKER`.
            Eksempel: sudo beredskap setup --shared
            """)

    @Option(help: ArgumentHelp("Kopier eksempelorganisasjonen hit (mappen må være ny eller tom).", valueName: "MAPPE"))
    var organisation: String?

    @Flag(help: "Opprett gruppen beredskap og en delt journalmappe (krever root).")
    var shared = false

    @Option(help: ArgumentHelp("Den delte journalmappen (standard: /var/lib/beredskap).", valueName: "MAPPE"))
    var journal: String?

    func validate() throws {
        guard organisation != nil || shared else {
            throw ValidationError("Oppgi hva som skal klargjøres: --organisation MAPPE eller --shared.")
        }
    }

    func run() throws {
        if let organisation { try OrganisationCopy.make(at: organisation) }
        if shared { try SharedJournalDirectory.make(at: journal ?? JournalLocation.shared) }
    }
}

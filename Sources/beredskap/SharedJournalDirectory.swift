import BeredskapCore
import Foundation

/// `beredskap setup --shared`: several staff on one host, each logged in as themselves, writing one journal.
/// The directory belongs to root and the group `beredskap` with mode 2770: only the group gets in, and the
/// set-group-ID bit gives every file made in it the group, which the journal then opens to it (0660).
enum SharedJournalDirectory {
    static let group = "beredskap"

    static func make(at directory: String) throws {
        guard geteuid() == 0 else {
            throw CommandFailure(message: "`beredskap setup --shared` må kjøres som root, fordi den oppretter gruppen \(group) "
                + "og gir mappen \(directory) eier root:\(group). Kjør `sudo beredskap setup --shared`.")
        }
        let gid = try groupID()
        var done: [String] = []
        if gid.created { done.append("Opprettet gruppen \(group).") } else { done.append("Gruppen \(group) fantes fra før.") }

        let manager = FileManager.default
        let existed = PlaybookLocation.isDirectory(directory)
        do {
            try manager.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw CommandFailure(message: "Kunne ikke opprette \(directory): \(error.localizedDescription)")
        }
        guard chown(directory, 0, gid.id) == 0, chmod(directory, 0o2770) == 0 else {
            throw CommandFailure(message: "Kunne ikke gi \(directory) eier root:\(group) og modus 2770: \(String(cString: strerror(errno))).")
        }
        done.append("\(existed ? "Satte" : "Opprettet") journalmappen \(directory) med eier root:\(group) og modus 2770 (setgid).")

        // Journals already there (moved in from one person's directory) join the group too.
        let files = ((try? manager.contentsOfDirectory(atPath: directory)) ?? []).map { directory + "/" + $0 }
            .filter { !PlaybookLocation.isDirectory($0) }
        for file in files where chown(file, uid_t.max, gid.id) != 0 || chmod(file, 0o660) != 0 {
            throw CommandFailure(message: "Kunne ikke gi \(file) gruppen \(group) og modus 660: \(String(cString: strerror(errno))).")
        }
        if !files.isEmpty {
            done.append("Ga \(Count.phrase(files.count, "fil", "filer")) i mappen gruppen \(group) og modus 660.")
        }
        done.forEach { print($0) }
        print("Neste steg: legg til hver person med `usermod -aG \(group) BRUKER` (gjelder fra neste innlogging); "
            + "hver logger inn som seg selv, og hver registrering lagrer brukerkontoen. "
            + (files.isEmpty ? "Opprett journalen med `beredskap init`." : ""))
    }

    /// The group's id, creating the group (`groupadd --system`) when the host has none.
    private static func groupID() throws -> (id: gid_t, created: Bool) {
        if let entry = getgrnam(group) { return (entry.pointee.gr_gid, false) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/sbin/groupadd")
        process.arguments = ["--system", group]
        do {
            try process.run()
        } catch {
            throw CommandFailure(message: "Kunne ikke starte groupadd for å opprette gruppen \(group): \(error.localizedDescription)")
        }
        process.waitUntilExit()
        guard process.terminationStatus == 0, let entry = getgrnam(group) else {
            throw CommandFailure(message: "groupadd kunne ikke opprette gruppen \(group) (kode \(process.terminationStatus)).")
        }
        return (entry.pointee.gr_gid, true)
    }
}

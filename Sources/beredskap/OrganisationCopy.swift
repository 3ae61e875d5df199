import BeredskapCore
import Foundation

/// `beredskap setup --organisation DIR`: the shipped example organisation copied as a starting point.
enum OrganisationCopy {
    /// Where the example is: beside an installed binary (`/usr/bin/beredskap` -> `/usr/share/beredskap/example`,
    /// which also holds for a package unpacked elsewhere), else `./Playbooks` in a source tree.
    static func example(executable: String = CommandLine.arguments[0]) -> String? {
        let binary = URL(fileURLWithPath: executable).resolvingSymlinksInPath()
        let installed = binary.deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("share/beredskap/example").path
        return [installed, "Playbooks"].first(where: PlaybookLocation.isDirectory)
    }

    static func make(at destination: String) throws {
        guard let source = example() else {
            throw CommandFailure(message: "Fant ikke eksempelorganisasjonen (verken /usr/share/beredskap/example ved siden av "
                + "programmet eller ./Playbooks). Installer pakken på nytt, eller kjør fra kildekoden.")
        }
        let manager = FileManager.default
        if let existing = try? manager.contentsOfDirectory(atPath: destination), !existing.isEmpty {
            throw CommandFailure(message: "\(destination) finnes og er ikke tom; ingenting er kopiert. Velg en ny mappe.")
        }
        do {
            try manager.createDirectory(atPath: URL(fileURLWithPath: destination).deletingLastPathComponent().path,
                                        withIntermediateDirectories: true)
            if manager.fileExists(atPath: destination) { try manager.removeItem(atPath: destination) }
            try manager.copyItem(atPath: source, toPath: destination)
        } catch {
            throw CommandFailure(message: "Kunne ikke kopiere \(source) til \(destination): \(error.localizedDescription)")
        }
        // The installed example is read-only; the copy is the organisation's own, to edit.
        let files = (manager.enumerator(atPath: destination)?.allObjects as? [String]) ?? []
        for file in files {
            let path = destination + "/" + file
            let writable = PlaybookLocation.isDirectory(path) ? 0o755 : 0o644
            try? manager.setAttributes([.posixPermissions: writable], ofItemAtPath: path)
        }
        try? manager.setAttributes([.posixPermissions: 0o755], ofItemAtPath: destination)
        let count = files.filter { !PlaybookLocation.isDirectory(destination + "/" + $0) }.count
        print("Kopierte eksempelorganisasjonen fra \(source) til \(destination) (\(Count.phrase(count, "fil", "filer"))).")
        print("Neste steg: rediger filene (virksomhet, systemer, kontakter, prosedyrer), kontroller dem med "
            + "`beredskap lint \(destination)`, og bruk dem med --playbooks \(destination), $BEREDSKAP_PLAYBOOKS, "
            + "\(PlaybookLocation.configHome(ProcessInfo.processInfo.environment))/beredskap/playbooks eller "
            + "\(PlaybookLocation.system).")
    }
}


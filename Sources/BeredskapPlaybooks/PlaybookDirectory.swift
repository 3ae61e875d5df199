import Foundation

/// The files of a playbooks directory: the register files at the top, one procedure per file in `prosedyrer/`.
struct PlaybookDirectory {
    static let registerFiles = [
        "organisasjon.yaml", "kritikalitet.yaml", "systemer.yaml", "kontakter.yaml", "roller.yaml",
        "nivaer.yaml", "kategorier.yaml", "skjema.yaml", "maler.yaml", "testplan.yaml",
    ]
    static let proceduresFolder = "prosedyrer"
    static let scenariosFolder = "ovelser"

    let url: URL
    let lint: Lint

    /// nil (after reporting) when the directory does not exist.
    init?(path: String, lint: Lint) {
        self.lint = lint
        url = URL(fileURLWithPath: path, isDirectory: true)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            lint.error("fant ikke playbooks-mappen «\(path)»", at: .file(""),
                       hint: "oppgi mappen med playbooks, eller start med å kopiere demo-organisasjonen i Playbooks/")
            return nil
        }
    }

    /// A register file; a missing one is an error.
    func registerFile(_ name: String) -> YAMLFile? {
        let fileURL = url.appendingPathComponent(name)
        guard FileManager.default.fileExists(atPath: fileURL.path) else {
            lint.error("filen «\(name)» mangler", at: .file(name),
                       hint: "kopier den fra demo-organisasjonen i Playbooks/ og tilpass den")
            return nil
        }
        return contents(of: fileURL, as: name).flatMap { YAMLFile(path: name, bytes: $0, lint: lint) }
    }

    /// The file's bytes; nil (after reporting) when it cannot be read or is larger than `PlaybookLimits.fileBytes`,
    /// which is checked before anything is read.
    private func contents(of fileURL: URL, as path: String) -> Data? {
        let size = (try? FileManager.default.attributesOfItem(atPath: fileURL.path)[.size] as? Int) ?? 0
        if size > PlaybookLimits.fileBytes {
            lint.error("filen er for stor: \(PlaybookLimits.mebibytes(size)) (grensen er \(PlaybookLimits.mebibytes(PlaybookLimits.fileBytes)))",
                       at: .file(path), hint: "del den opp, eller sjekk at den ikke har fått en logg eller eksport limt inn")
            return nil
        }
        guard let bytes = FileManager.default.contents(atPath: fileURL.path) else {
            lint.error("filen «\(path)» kan ikke leses", at: .file(path), hint: "sjekk filrettighetene")
            return nil
        }
        return bytes
    }

    /// Every `prosedyrer/*.yaml`, in name order so diagnostics and the register come out the same each run.
    /// `allRead` is false when the folder is missing or a file in it is not valid YAML (its id is then unknown).
    func procedureFiles() -> (files: [YAMLFile], allRead: Bool) {
        yamlFiles(in: Self.proceduresFolder, kind: "prosedyrer",
                  ifMissing: "lag mappen og legg én nødprosedyre per fil i den (Normen 5.9)")
    }

    /// Every `ovelser/*.yaml`: exercise scenarios. The folder is optional; without it there is nothing to exercise.
    func scenarioFiles() -> [YAMLFile] {
        yamlFiles(in: Self.scenariosFolder, kind: "øvelsesscenarier", ifMissing: nil).files
    }

    /// The YAML files of a sub-folder in name order; other files are reported so none is skipped silently.
    /// A missing folder is an error with `ifMissing` as the hint, or nothing at all when that is nil.
    private func yamlFiles(in folderName: String, kind: String, ifMissing: String?) -> (files: [YAMLFile], allRead: Bool) {
        let folder = url.appendingPathComponent(folderName, isDirectory: true)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else {
            if let ifMissing {
                lint.error("mappen «\(folderName)/» mangler", at: .file(folderName + "/"), hint: ifMissing)
            }
            return ([], ifMissing == nil)
        }
        var files: [YAMLFile] = []
        var allRead = true
        for name in names.sorted() where !name.hasPrefix(".") {
            let path = folderName + "/" + name
            guard name.hasSuffix(".yaml") else {
                lint.warning("filen «\(path)» leses ikke", at: .file(path),
                             hint: "\(kind) må ha endelsen .yaml for å bli lest")
                continue
            }
            let bytes = contents(of: folder.appendingPathComponent(name), as: path)
            guard let file = bytes.flatMap({ YAMLFile(path: path, bytes: $0, lint: lint) }) else {
                allRead = false
                continue
            }
            files.append(file)
        }
        return (files, allRead)
    }

    /// A stray YAML file at the top is most likely a misnamed register file that would silently not be read.
    /// Folders are not looked into here.
    func reportUnknownFiles() {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        for name in names.sorted() where (name.hasSuffix(".yaml") || name.hasSuffix(".yml"))
            && !Self.registerFiles.contains(name) {
            lint.warning("filen «\(name)» leses ikke", at: .file(name),
                         hint: NearestKey.hint(for: name, among: Self.registerFiles,
                                               otherwise: "kjente filer: " + Self.registerFiles.joined(separator: ", ")))
        }
    }
}

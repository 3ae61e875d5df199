import Foundation

/// The one hash a plan is approved by: over every file the binder is made from, as on disk. organisasjon.yaml is
/// left out because it holds the approval itself (and the change log and distribution list that go with it), and
/// so are testplan.yaml and `ovelser/`, which the binder does not print.
///
/// Each file contributes the line `PATH SHA256` (path relative to the playbooks folder, the file's lowercase hex
/// SHA-256); the lines are sorted, joined by newlines and hashed once more (`ContentHash.ofFiles`).
public enum PlanHash {
    static let files = PlaybookDirectory.registerFiles.filter { $0 != "organisasjon.yaml" && $0 != "testplan.yaml" }

    /// The hash of the plan in `directory`; a missing file simply counts as absent (lint reports it).
    public static func of(directory: String) -> String {
        let root = URL(fileURLWithPath: directory, isDirectory: true)
        let folder = PlaybookDirectory.proceduresFolder
        let procedures = ((try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(folder).path)) ?? [])
            .filter { $0.hasSuffix(".yaml") && !$0.hasPrefix(".") }.map { folder + "/" + $0 }
        return ContentHash.ofFiles((files + procedures).compactMap { path in
            FileManager.default.contents(atPath: root.appendingPathComponent(path).path).map { (path, $0) }
        })
    }
}

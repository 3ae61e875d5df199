import BeredskapJournal
import Foundation

/// The exercise journals of a journal directory: one file per exercise in `ovelser/`, apart from the real journal.
extension JournalLocation {
    /// The folder inside the journal directory that holds the exercise journals.
    static let exercisesFolder = "ovelser"

    public var exercisesDirectory: String { directory + "/" + Self.exercisesFolder }

    /// An exercise journal, by name (letters, digits, '-' and '_').
    public func exercisePath(_ name: String) -> String { exercisesDirectory + "/" + name + ".jsonl" }

    /// Every exercise journal in the folder, sorted by name; none while the folder does not exist.
    public var exercisePaths: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: exercisesDirectory)) ?? [])
            .filter { $0.hasSuffix(".jsonl") }.sorted().map { exercisesDirectory + "/" + $0 }
    }
}

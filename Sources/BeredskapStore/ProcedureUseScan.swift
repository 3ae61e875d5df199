import BeredskapCore
import BeredskapJournal
import Foundation

/// Reads the journal directory for yearly test tracking: the real journal's incidents count as use, and every
/// exercise journal in which an exercise was started counts as exercise (the demo journal, with no scenario, does not).
public enum ProcedureUseScan {
    /// Every procedure use in the directory's journals. A journal that cannot be read is skipped: this is a
    /// reminder, and `beredskap verify` is where a damaged journal is reported.
    public static func uses(in location: JournalLocation) -> [ProcedureUse] {
        return ([location.realPath] + location.exercisePaths).flatMap { path -> [ProcedureUse] in
            guard FileManager.default.fileExists(atPath: path), let snapshot = try? JournalReader.read(path: path) else { return [] }
            let exercised = snapshot.header.kind == .exercise
            let events = snapshot.records.filter { ProcedureTesting.eventTypes.contains($0.type) }.compactMap { try? EventCodec.event($0) }
            if exercised, !events.contains(where: { if case .exerciseStarted = $0.body { true } else { false } }) { return [] }
            return events.flatMap { event in
                ProcedureTesting.procedures(in: event.body).map { ProcedureUse(procedure: $0, at: event.effectiveTime, exercised: exercised) }
            }
        }
    }
}

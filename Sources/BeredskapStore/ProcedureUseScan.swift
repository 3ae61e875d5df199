import BeredskapCore
import BeredskapJournal
import Foundation

/// Reads the journal directory for yearly test tracking: each journal is folded as the organisation's playbooks
/// read it, and `ProcedureTesting` says what its state shows tested (evaluated exercises, incidents that completed
/// a procedure's critical steps, recorded tests). Only these facts leave an exercise journal, never its contacts.
public enum ProcedureUseScan {
    /// Every procedure test in the directory's journals. A journal that cannot be read is skipped: this is a
    /// reminder, and `beredskap verify` is where a damaged journal is reported.
    public static func uses(in location: JournalLocation, organisation: Organisation) -> [ProcedureUse] {
        ([location.realPath] + location.exercisePaths).flatMap { path -> [ProcedureUse] in
            guard FileManager.default.fileExists(atPath: path), let snapshot = try? JournalReader.read(path: path) else { return [] }
            var state = State(organisation: organisation, isExercise: snapshot.header.kind == .exercise)
            for record in snapshot.records {
                if let event = try? EventCodec.event(record) { state.fold(event, seq: record.seq) }
            }
            return ProcedureTesting.uses(in: state)
        }
    }
}

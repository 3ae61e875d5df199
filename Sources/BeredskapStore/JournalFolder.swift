import BeredskapCore
import BeredskapJournal
import Foundation

/// Every journal of a journal directory (the real one and each exercise in `ovelser/`), each read, verified and
/// folded once: what `status`, `lint` and the yearly report need from all of them. A journal that cannot be read is
/// left out: these are reminders, and `beredskap verify` is where a damaged journal is reported.
public struct JournalFolder {
    /// The readable journals, the real one first, then the exercises by name.
    public let stores: [IncidentStore]

    /// Reads every journal in `location` under `organisation`; `known`, a journal already opened (by the command
    /// that asks), is used as it is instead of being read again.
    public static func read(_ location: JournalLocation, organisation: Organisation, known: IncidentStore? = nil) -> JournalFolder {
        let paths = [location.realPath] + location.exercisePaths
        return JournalFolder(stores: paths.compactMap { path in
            if let known, known.path == path { return known }
            guard FileManager.default.fileExists(atPath: path) else { return nil }
            return try? IncidentStore.read(path: path, organisation: organisation)
        })
    }

    /// Every procedure test the journals show (evaluated exercises, incidents that completed a procedure's critical
    /// steps, recorded tests): only these facts leave an exercise journal, never its contacts.
    public var procedureUses: [ProcedureUse] { stores.flatMap { ProcedureTesting.uses(in: $0.state) } }

    /// The open corrective actions of the exercises' evaluations, soonest due first, each named with its exercise:
    /// the real journal's status and report show them as the organisation's improvement plan. Nothing else from an
    /// exercise crosses over.
    public var openExerciseActions: [ExerciseImprovementAction] {
        stores.filter { $0.kind == .exercise }.flatMap { store in
            let name = URL(fileURLWithPath: store.path).deletingPathExtension().lastPathComponent
            return store.state.openCorrectiveActions.map { ExerciseImprovementAction(exercise: name, action: $0) }
        }.sorted { ($0.action.due, $0.exercise) < ($1.action.due, $1.exercise) }
    }

    /// How many exercise journals were created within `start..<end`, by the time in their header.
    public func exercisesCreated(from start: Date, to end: Date) -> Int {
        stores.filter { $0.kind == .exercise && $0.header.created >= start && $0.header.created < end }.count
    }
}

/// A corrective action from an exercise's evaluation, named with the exercise journal it came from.
public struct ExerciseImprovementAction: Sendable, Equatable {
    /// The exercise journal's name (`beredskap --exercise NAVN`).
    public var exercise: String
    public var action: ImprovementAction
}

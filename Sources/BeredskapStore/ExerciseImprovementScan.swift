import BeredskapCore
import BeredskapJournal
import Foundation

/// A corrective action from an exercise's evaluation, named with the exercise journal it came from.
public struct ExerciseImprovementAction: Sendable, Equatable {
    /// The exercise journal's name (`beredskap --exercise NAVN`).
    public var exercise: String
    public var action: ImprovementAction
}

/// The improvement plan from the exercises: the real journal's status and report show it, as the organisation's
/// plan. Only the evaluation and action-closed records of each exercise journal are read, so nothing else from an
/// exercise (its contacts, its incidents, its messages) ever crosses over.
public enum ExerciseImprovementScan {
    static let types: Set<String> = [ExerciseEvaluated.type, CorrectiveActionClosed.type]

    /// The open actions of every readable exercise journal, soonest due first.
    public static func openActions(in location: JournalLocation) -> [ExerciseImprovementAction] {
        location.exercisePaths.flatMap { path -> [ExerciseImprovementAction] in
            guard let snapshot = try? JournalReader.read(path: path), snapshot.header.kind == .exercise else { return [] }
            var state = State(isExercise: true)
            for record in snapshot.records where types.contains(record.type) {
                if let event = try? EventCodec.event(record) { state.fold(event, seq: record.seq) }
            }
            let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
            return state.openCorrectiveActions.map { ExerciseImprovementAction(exercise: name, action: $0) }
        }.sorted { ($0.action.due, $0.exercise) < ($1.action.due, $1.exercise) }
    }
}

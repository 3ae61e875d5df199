import Foundation

/// Someone trained on a procedure or a krisestab role (factsheet 3a), recorded in the real journal. Staff names
/// are fine here; patient data never is.
public struct TrainingRecorded: EventPayload {
    public static let type = "evaluation.training-recorded"
    public var body: EventBody { .trainingRecorded(self) }
    public var person: String
    /// Exactly one of `procedure` and `role` is set.
    public var procedure: ProcedureRef?
    public var role: RoleID?
    public var note: String?
    public init(person: String, procedure: ProcedureRef?, role: RoleID?, note: String?) {
        self.person = person
        self.procedure = procedure
        self.role = role
        self.note = note
    }
}

/// A training as the state keeps it.
public struct RecordedTraining: Codable, Sendable, Equatable {
    public var training: TrainingRecorded
    public var at: Date
}

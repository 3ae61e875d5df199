import Foundation

/// The folded state as data, for the snapshot beside the journal (docs/JOURNAL.md, "Snapshots"). The organisation
/// is not part of it: a snapshot is only used with the playbooks it was folded under, and
/// ``init(restoring:organisation:)`` puts them back.
extension State: Codable {
    private enum CodingKeys: String, CodingKey {
        case isExercise, level, levelDecidedAt, levelHistory, roles, roleAppointments, incidents, deviations, exercise,
             improvementPlan, hotWash, procedureTests, trainings, lastSeq, corrections
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(isExercise, forKey: .isExercise)
        try c.encode(level, forKey: .level)
        try c.encodeIfPresent(levelDecidedAt, forKey: .levelDecidedAt)
        try c.encode(levelHistory, forKey: .levelHistory)
        try c.encode(roles, forKey: .roles)
        try c.encode(roleAppointments, forKey: .roleAppointments)
        try c.encode(incidents, forKey: .incidents)
        try c.encode(deviations, forKey: .deviations)
        try c.encodeIfPresent(exercise, forKey: .exercise)
        try c.encode(improvementPlan, forKey: .improvementPlan)
        try c.encode(hotWash, forKey: .hotWash)
        try c.encode(procedureTests, forKey: .procedureTests)
        try c.encode(trainings, forKey: .trainings)
        try c.encode(lastSeq, forKey: .lastSeq)
        try c.encode(corrections, forKey: .corrections)
    }

    /// The state as data says, under an empty organisation until ``init(restoring:organisation:)``.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(organisation: .empty, isExercise: try c.decode(Bool.self, forKey: .isExercise))
        level = try c.decode(ReadinessLevel.self, forKey: .level)
        levelDecidedAt = try c.decodeIfPresent(Date.self, forKey: .levelDecidedAt)
        levelHistory = try c.decode([LevelDecisionRecord].self, forKey: .levelHistory)
        roles = try c.decode([RoleID: String].self, forKey: .roles)
        roleAppointments = try c.decode([RoleID: Fulfilled].self, forKey: .roleAppointments)
        for incident in try c.decode([Incident].self, forKey: .incidents) { add(incident) }
        deviations = try c.decode([Deviation].self, forKey: .deviations)
        exercise = try c.decodeIfPresent(Exercise.self, forKey: .exercise)
        improvementPlan = try c.decode([ImprovementAction].self, forKey: .improvementPlan)
        hotWash = try c.decode([HotWashNote].self, forKey: .hotWash)
        procedureTests = try c.decode([RecordedProcedureTest].self, forKey: .procedureTests)
        trainings = try c.decode([RecordedTraining].self, forKey: .trainings)
        lastSeq = try c.decode(Int.self, forKey: .lastSeq)
        corrections = try c.decode([Int: [Int]].self, forKey: .corrections)
    }

    /// A decoded state under the organisation it was folded with.
    public init(restoring decoded: State, organisation: Organisation) {
        self = decoded
        self.organisation = organisation
    }
}

/// A closed incident with its place among all incidents (in the order they were opened).
public struct PlacedIncident: Codable, Sendable, Equatable {
    public let position: Int
    public let incident: Incident
}


/// Suggests a readiness level from an assessment. A person decides; this only proposes.
public enum LevelSuggestion {
    /// Red when the outage is expected to reach the max outage time or severity is critical; yellow when it is
    /// expected to pass half of it, severity is high, or a system of the most critical class (rank 1) is hit;
    /// green otherwise.
    public static func suggest(severity: Severity, expected: Minutes?, maxOutage: Minutes?, criticalRank: Int? = nil) -> ReadinessLevel {
        var level: ReadinessLevel = switch severity {
        case .critical: .red
        case .high: .yellow
        case .low, .moderate: .green
        }
        if criticalRank == 1 { level = max(level, .yellow) }
        if let expected, let maxOutage {
            if expected >= maxOutage {
                level = .red
            } else if expected.value * 2 >= maxOutage.value {
                level = max(level, .yellow)
            }
        }
        return level
    }
}

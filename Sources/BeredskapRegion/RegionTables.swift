import BeredskapCore

/// The qualified table names of one kind's schema, so real and exercise rows can never be written to each
/// other's tables by a typo.
struct RegionTables {
    let journals: String
    let lines: String
    let heads: String
    let forks: String
    let hospitalState: String
    let incidents: String
    let affectedSystems: String
    let notifications: String
    let levels: String
    let checkpoints: String

    init(_ kind: RegionKind) {
        let s = kind.schema
        (journals, lines, heads, forks) = ("\(s).journals", "\(s).lines", "\(s).heads", "\(s).forks")
        (hospitalState, incidents, affectedSystems) = ("\(s).hospital_state", "\(s).incidents", "\(s).affected_systems")
        (notifications, levels, checkpoints) = ("\(s).notifications", "\(s).levels", "\(s).checkpoints")
    }
}

import Foundation

/// How a procedure is tested (Normen 5.9, factsheet 3b): the kinds a test plan names.
public enum TestKind: String, Codable, Sendable, CaseIterable {
    case tabletop = "bordøvelse"
    case functional = "funksjonstest"
    case fullScale = "fullskala"
    case restore = "gjenopprettingstest"

    /// As a sentence names it: «en fullskalaøvelse».
    public var word: String {
        switch self {
        case .tabletop: "bordøvelse"
        case .functional: "funksjonstest"
        case .fullScale: "fullskalaøvelse"
        case .restore: "gjenopprettingstest"
        }
    }

    /// Functional and restore tests happen outside Beredskap and are recorded with their outcome; tabletop and
    /// full-scale exercises are played in an exercise journal and count once evaluated there.
    public var isRecorded: Bool {
        switch self {
        case .functional, .restore: true
        case .tabletop, .fullScale: false
        }
    }
}

/// How a recorded test went.
public enum TestOutcome: String, Codable, Sendable, CaseIterable {
    case passed = "bestått"
    case partly = "delvis"
    case failed = "ikke-bestått"

    /// A failed test shows the procedure does not work yet: it must be mended and tested again before it counts.
    public var counts: Bool {
        switch self {
        case .passed, .partly: true
        case .failed: false
        }
    }
}

/// A functional or restore test of a procedure, done outside Beredskap and recorded in the real journal.
public struct ProcedureTestRecorded: EventPayload {
    public static let type = "evaluation.procedure-test-recorded"
    public var body: EventBody { .procedureTestRecorded(self) }
    public var procedure: ProcedureRef
    public var kind: TestKind
    public var outcome: TestOutcome
    public var note: String?
    public init(procedure: ProcedureRef, kind: TestKind, outcome: TestOutcome, note: String?) {
        self.procedure = procedure
        self.kind = kind
        self.outcome = outcome
        self.note = note
    }
}

/// A recorded test as the state keeps it.
public struct RecordedProcedureTest: Codable, Sendable, Equatable {
    public var test: ProcedureTestRecorded
    public var at: Date
    public var by: OperatorName
}

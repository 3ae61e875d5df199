/// The outcome of verifying a journal.
public struct VerifyReport: Sendable {
    /// Event records verified (the header not counted).
    public let count: Int
    /// The hash of the last verified line.
    public let head: LineHash
    /// The seq of the last verified line.
    public let headSeq: Int
    /// The first problem, a torn tail included; nil when the whole file verified.
    public let problem: JournalDamage?
    /// Warnings, not problems: records registered earlier than the line before them (the clock went back).
    public let clockSteps: [ClockStep]
    /// Whether the verified lines contain the line of the seal asked about; nil when none was.
    public let sealCheck: SealCheck?

    public init(count: Int, head: LineHash, headSeq: Int, problem: JournalDamage?, clockSteps: [ClockStep] = [],
                sealCheck: SealCheck? = nil)
    {
        self.count = count
        self.head = head
        self.headSeq = headSeq
        self.problem = problem
        self.clockSteps = clockSteps
        self.sealCheck = sealCheck
    }

    /// True when every byte of the file verified.
    public var isOK: Bool { problem == nil }
    /// The seal of the last verified line.
    public var seal: Seal { Seal(seq: headSeq, hash: head) }
}

/// Checks a journal end to end without changing it.
public enum JournalVerifier {
    /// Verifies every line's hash and the chain of the journal at `path`, and looks for registered times that go
    /// backwards (``VerifyReport/clockSteps``). With a `seal`, also checks whether the lines that verified contain
    /// the sealed line (``VerifyReport/sealCheck``): a journal damaged after that line still contains it.
    ///
    /// Throws when the file cannot be read, is not a journal, or its header is damaged or of an unknown version;
    /// every other problem is reported in ``VerifyReport/problem``.
    public static func verify(path: String, io: FileIO = SystemFileIO(),
                              lockWaiting: LockWaiting = .silently, seal: Seal? = nil) throws -> VerifyReport
    {
        let snapshot = try JournalReader.read(path: path, io: io, lockWaiting: lockWaiting)
        var problem = snapshot.damage
        if problem == nil, snapshot.tornTail > 0 {
            let reason = "the file ends with \(snapshot.tornTail) bytes of an incomplete line (a torn tail)"
            problem = JournalDamage(seq: snapshot.headSeq + 1, line: snapshot.headSeq + 2, reason: reason)
        }
        return VerifyReport(count: snapshot.records.count, head: snapshot.head, headSeq: snapshot.headSeq,
                            problem: problem, clockSteps: ClockStep.find(in: snapshot.records, after: snapshot.header),
                            sealCheck: seal.map(snapshot.check))
    }
}

import Foundation

/// A record registered earlier than the line before it: the clock of the machine that wrote it went backwards
/// (an NTP step, a wrong BIOS clock, another machine's clock). Not damage: the journal records what the clock
/// said and never refuses a write because of it; ``JournalVerifier`` reports each step as a warning.
public struct ClockStep: Sendable, Equatable {
    /// The record registered earlier than the line before it.
    public let seq: Int
    public let registered: Date
    /// When the line before it (seq − 1; the header's creation time for seq 1) was registered.
    public let previous: Date

    public init(seq: Int, registered: Date, previous: Date) {
        self.seq = seq
        self.registered = registered
        self.previous = previous
    }

    /// Every place in `records` where the registered time goes back from one line to the next.
    public static func find(in records: [Record], after header: JournalHeader) -> [ClockStep] {
        var steps: [ClockStep] = []
        var previous = header.created
        for record in records {
            if record.registered < previous {
                steps.append(ClockStep(seq: record.seq, registered: record.registered, previous: previous))
            }
            previous = record.registered
        }
        return steps
    }
}

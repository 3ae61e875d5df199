import BeredskapCore
import BeredskapJournal
import Foundation
import Testing
@testable import BeredskapStore

/// The timeline's runs: indexing across chunk and piece borders, copies that share and then part, and lookup by seq.
@Suite struct TimelineTests {
    /// A journal record standing for line `seq` (no event: the timeline does not look inside).
    func entry(_ seq: Int) -> TimelineEntry {
        let hash = LineHash(hex: String(repeating: String(format: "%02x", seq % 256), count: 32))!
        return TimelineEntry(record: Record(seq: seq, prev: hash, hash: hash, registered: Date(timeIntervalSince1970: Double(seq)),
                                            occurred: nil, operatorName: "kari", incident: nil, type: "journal.test", data: [:]),
                             event: nil)
    }

    @Test func holdsEveryEntryInOrderAcrossChunkBorders() {
        let count = 3 * Timeline.chunkSize + 7
        var timeline = Timeline()
        for seq in 1...count { timeline.append(entry(seq)) }
        #expect(timeline.count == count)
        #expect(timeline.map(\.seq) == Array(1...count))
        #expect(timeline[Timeline.chunkSize - 1].seq == Timeline.chunkSize && timeline[Timeline.chunkSize].seq == Timeline.chunkSize + 1)
        #expect(Array(timeline[(count - 3)...]).map(\.seq) == [count - 2, count - 1, count])
        #expect(Timeline((1...count).map(entry)) == timeline)
    }

    @Test func aCopyKeepsItsEntriesWhenTheOriginalGrows() {
        var original = Timeline((1...Timeline.chunkSize + 5).map(entry))
        let shared = original
        original.append(contentsOf: (Timeline.chunkSize + 6...2 * Timeline.chunkSize + 1).map(entry))
        #expect(shared.count == Timeline.chunkSize + 5 && shared.last?.seq == Timeline.chunkSize + 5)
        #expect(original.count == 2 * Timeline.chunkSize + 1 && original.map(\.seq) == Array(1...2 * Timeline.chunkSize + 1))
        #expect(shared != original)
    }

    /// A replay's pieces of every size, a short last one, lines taken in one at a time after them, and another
    /// timeline joined on: one sequence, read by position, by iteration and by seq alike.
    @Test func piecesChunksAndJoinedTimelinesReadAsOne() {
        var timeline = Timeline()
        var seq = 0
        func next(_ count: Int) -> [TimelineEntry] {
            defer { seq += count }
            return (seq + 1...seq + count).map(entry)
        }
        for size in [3 * Timeline.chunkSize, Timeline.chunkSize, 5, 2 * Timeline.chunkSize + 1] {
            timeline.append(contentsOf: next(size))
        }
        for entry in next(Timeline.chunkSize + 2) { timeline.append(entry) }
        var later = Timeline(next(Timeline.chunkSize + 9))
        later.append(contentsOf: next(3))
        timeline.append(contentsOf: later)
        timeline.append(contentsOf: next(2))
        #expect(timeline.count == seq)
        #expect(timeline.map(\.seq) == Array(1...seq), "iteration")
        #expect((0..<seq).allSatisfy { timeline[$0].seq == $0 + 1 }, "position")
        #expect((1...seq).allSatisfy { timeline.entry(seq: $0)?.seq == $0 }, "seq")
        #expect(Timeline((1...seq).map(entry)) == timeline)
    }

    @Test func findsAnEntryBySeq() {
        let timeline = Timeline(stride(from: 10, through: 5000, by: 2).map(entry))
        #expect(timeline.entry(seq: 10)?.seq == 10 && timeline.entry(seq: 5000)?.seq == 5000 && timeline.entry(seq: 2468)?.seq == 2468)
        #expect(timeline.entry(seq: 11) == nil && timeline.entry(seq: 9) == nil && timeline.entry(seq: 5002) == nil)
        #expect(Timeline().entry(seq: 1) == nil)
    }
}

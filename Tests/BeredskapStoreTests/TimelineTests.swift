import BeredskapCore
import BeredskapJournal
import Foundation
import Testing
@testable import BeredskapStore

/// The timeline's chunks: indexing across chunk borders, copies that share and then part, and lookup by seq.
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

    @Test func findsAnEntryBySeq() {
        let timeline = Timeline(stride(from: 10, through: 5000, by: 2).map(entry))
        #expect(timeline.entry(seq: 10)?.seq == 10 && timeline.entry(seq: 5000)?.seq == 5000 && timeline.entry(seq: 2468)?.seq == 2468)
        #expect(timeline.entry(seq: 11) == nil && timeline.entry(seq: 9) == nil && timeline.entry(seq: 5002) == nil)
        #expect(Timeline().entry(seq: 1) == nil)
    }
}

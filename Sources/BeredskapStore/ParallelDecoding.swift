import BeredskapCore
import BeredskapJournal
import Foundation

extension EventCodec {
    /// The timeline entries of many records, decoded on every core: payload decoding is most of a long replay, and
    /// each record decodes on its own. The entries keep the records' order; folding them into state stays
    /// sequential. A record this version cannot read gets an entry without an event (``TimelineEntry/isUnreadable``).
    public static func entries(_ records: [Record]) -> [TimelineEntry] {
        let chunks = records.count < 1024 ? 1 : 4 * ProcessInfo.processInfo.activeProcessorCount
        return [TimelineEntry](unsafeUninitializedCapacity: records.count) { buffer, initialized in
            let output = SharedOutput(buffer: buffer)
            records.withUnsafeBufferPointer { input in
                let shared = SharedInput(buffer: input)
                DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                    let range = shared.buffer.count * chunk / chunks ..< shared.buffer.count * (chunk + 1) / chunks
                    for i in range {
                        let record = shared.buffer[i]
                        (output.buffer.baseAddress! + i).initialize(to: TimelineEntry(record: record, event: try? event(record)))
                    }
                }
            }
            initialized = records.count
        }
    }

    /// Each chunk writes only its own slots, and all of them before `concurrentPerform` returns.
    private struct SharedOutput: @unchecked Sendable {
        let buffer: UnsafeMutableBufferPointer<TimelineEntry>
    }

    /// Read only, and alive for the whole of `concurrentPerform`.
    private struct SharedInput: @unchecked Sendable {
        let buffer: UnsafeBufferPointer<Record>
    }
}

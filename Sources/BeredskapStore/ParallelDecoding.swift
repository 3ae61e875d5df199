import BeredskapCore
import BeredskapJournal
import Foundation

extension EventCodec {
    /// Decodes many records on every core: payload decoding is most of a long replay, and each record decodes
    /// on its own. The results keep the records' order; folding them into state stays sequential.
    public static func events(_ records: [Record]) -> [Result<Event?, Undecodable>] {
        let chunks = records.count < 1024 ? 1 : 4 * ProcessInfo.processInfo.activeProcessorCount
        return [Result<Event?, Undecodable>](unsafeUninitializedCapacity: records.count) { buffer, initialized in
            let output = SharedOutput(buffer: buffer)
            records.withUnsafeBufferPointer { input in
                let shared = SharedInput(buffer: input)
                DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                    let range = shared.buffer.count * chunk / chunks ..< shared.buffer.count * (chunk + 1) / chunks
                    for i in range {
                        let result = Result<Event?, Undecodable> { () throws(Undecodable) in try event(shared.buffer[i]) }
                        (output.buffer.baseAddress! + i).initialize(to: result)
                    }
                }
            }
            initialized = records.count
        }
    }

    /// Each chunk writes only its own slots, and all of them before `concurrentPerform` returns.
    private struct SharedOutput: @unchecked Sendable {
        let buffer: UnsafeMutableBufferPointer<Result<Event?, Undecodable>>
    }

    /// Read only, and alive for the whole of `concurrentPerform`.
    private struct SharedInput: @unchecked Sendable {
        let buffer: UnsafeBufferPointer<Record>
    }
}

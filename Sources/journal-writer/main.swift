// Test support for the journal's crash and disk-full tests: appends records one at a time and prints
// `ack <seq>` after each append has returned, i.e. after it is durable.
//
// journal-writer PATH --count N [--operator X] [--payload-bytes K] [--file-size-limit BYTES] [--create real|exercise]
//                     [--split-writes] [--stop-mid-write-after N]
//
// journal-writer PATH --replace-count N
//
// The second form replaces the file PATH whole, N times, the way the snapshot beside a journal is written
// (AtomicFile.replace): each version is `<n>\n`, up to 4 MiB of filler and the SHA-256 of what came before; it
// prints `ack <n>` once version n is in place. A kill -9 at any moment must leave one whole version.
//
// --split-writes writes each append in two write(2) calls a millisecond apart, so that a kill -9 can land
// mid-line and leave a real torn tail for the other writers to repair. --stop-mid-write-after N (with
// --split-writes) writes half of the append after the Nth, prints `torn` and waits to be killed, holding the lock.
import BeredskapJSON
import BeredskapJournal
import Foundation
import Glibc

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("error \(message)\n".utf8))
    exit(1)
}

var arguments = Array(CommandLine.arguments.dropFirst())
guard !arguments.isEmpty, !arguments[0].hasPrefix("--") else {
    fail("usage: journal-writer PATH --count N [--operator X] [--payload-bytes K] [--file-size-limit BYTES] "
        + "[--create real|exercise] [--split-writes] [--stop-mid-write-after N]")
}
let path = arguments.removeFirst()
if arguments.first == "--replace-count", arguments.count == 2, let versions = Int(arguments[1]) {
    var random = SystemRandomNumberGenerator()
    for n in 1...versions {
        var bytes = Array("\(n)\n".utf8) + [UInt8](repeating: UInt8(ascii: "a") + UInt8(n % 26), count: Int.random(in: 0...(4 << 20), using: &random))
        bytes += Array(bytes.withUnsafeBytes { LineHash(hashing: $0).hex }.utf8)
        do {
            try AtomicFile.replace(path, with: bytes)
        } catch {
            fail("\(error)")
        }
        print("ack \(n)")
        fflush(nil)
    }
    exit(0)
}
var options: [String: String] = [:]
var splitWrites = false
while let option = arguments.first, option.hasPrefix("--") {
    if option == "--split-writes" {
        splitWrites = true
        arguments.removeFirst()
    } else if arguments.count >= 2 {
        options[String(option.dropFirst(2))] = arguments[1]
        arguments.removeFirst(2)
    } else {
        break
    }
}
guard arguments.isEmpty, let count = options["count"].flatMap(Int.init) else { fail("--count N is required") }
let operatorName = options["operator"] ?? "journal-writer"
let payload = String(repeating: "x", count: options["payload-bytes"].flatMap(Int.init) ?? 16)

if let limit = options["file-size-limit"].flatMap(rlim_t.init) {
    // With SIGXFSZ ignored, writing past RLIMIT_FSIZE fails with EFBIG instead of killing the process.
    signal(SIGXFSZ, SIG_IGN)
    var rlimit = rlimit(rlim_cur: limit, rlim_max: limit)
    guard setrlimit(__rlimit_resource_t(RLIMIT_FSIZE.rawValue), &rlimit) == 0 else {
        fail("setrlimit: \(String(cString: strerror(errno)))")
    }
}

let split = SplitWritesIO()
let io: FileIO = splitWrites ? split : SystemFileIO()
let stopAfter = options["stop-mid-write-after"].flatMap(Int.init)
do {
    let writer: JournalWriter
    if let kind = options["create"].map({ JournalKind(rawValue: $0) }) {
        guard let kind else { fail("--create takes real or exercise") }
        do {
            writer = try JournalWriter.create(path: path, kind: kind, created: Date(), io: io)
        } catch JournalError.alreadyExists {
            writer = try JournalWriter.open(path: path, operatorName: operatorName, now: Date(), io: io)
        }
    } else {
        writer = try JournalWriter.open(path: path, operatorName: operatorName, now: Date(), io: io)
    }
    let pid = Int64(getpid())
    for i in 0..<count {
        let data: JSONObject = ["writer": .int(pid), "i": .int(Int64(i)), "pad": .string(payload)]
        let appended = try writer.append([
            RecordDraft(registered: Date(), operatorName: operatorName, type: "test.note", data: data),
        ])
        print("ack \(appended[0].seq)")
        fflush(nil)
        if i + 1 == stopAfter { split.stopMidWrite = true }
    }
} catch {
    fail("\(error)")
}

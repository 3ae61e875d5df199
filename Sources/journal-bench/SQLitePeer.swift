import Foundation

/// The peer: Python's sqlite3 in WAL mode with synchronous=FULL, one row per commit, in the same directory.
enum SQLitePeer {
    struct Figures {
        let perSecond: Double
        let p50: Double
        let p99: Double
    }

    private static let script = """
        import sqlite3, sys, time, json
        path, n = sys.argv[1], int(sys.argv[2])
        db = sqlite3.connect(path, isolation_level=None)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=FULL")
        db.execute("CREATE TABLE events (seq INTEGER PRIMARY KEY, line TEXT NOT NULL)")
        line = "x" * 240
        latencies = []
        start = time.perf_counter()
        for i in range(n):
            t = time.perf_counter()
            db.execute("BEGIN")
            db.execute("INSERT INTO events (line) VALUES (?)", (line,))
            db.execute("COMMIT")
            latencies.append(time.perf_counter() - t)
        total = time.perf_counter() - start
        latencies.sort()
        print(json.dumps({"per_second": n / total, "p50": latencies[n // 2], "p99": latencies[int(n * 0.99)]}))
        """

    /// Nil when python3 is not there; the table says so.
    static func run(directory: String, count: Int) -> Figures? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, directory + "/peer.sqlite", String(count)]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0,
              let json = try? JSONSerialization.jsonObject(with: data) as? [String: Double],
              let perSecond = json["per_second"], let p50 = json["p50"], let p99 = json["p99"]
        else { return nil }
        return Figures(perSecond: perSecond, p50: p50, p99: p99)
    }
}

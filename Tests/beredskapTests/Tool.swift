import Foundation

/// Another program on the machine (useradd, dpkg, man, bash, lpadmin...) run to the end, its output kept.
enum Tool {
    /// Runs `name` from PATH (or a path) with `arguments`, in `directory` if given; `environment` adds to (or
    /// replaces in) the test's own.
    @discardableResult
    static func run(_ name: String, _ arguments: [String], environment: [String: String] = [:], directory: URL? = nil) throws -> CLI.Result {
        let process = Process()
        if let directory { process.currentDirectoryURL = directory }
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [name] + arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        return try capture(process)
    }

    /// Runs `process` to the end with its standard output and error captured.
    static func capture(_ process: Process) throws -> CLI.Result {
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Standard output first; the programs run here write little to standard error.
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CLI.Result(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                          stderr: String(decoding: stderr, as: UTF8.self))
    }
}

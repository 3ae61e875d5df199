import Foundation
import Testing

/// The PDF checkers from poppler-utils and qpdf, run as the real programs on a real file.
enum Poppler {
    struct Output {
        let status: Int32
        let text: String
    }

    static func run(_ tool: String, _ arguments: [String]) throws -> Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [tool] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, text: String(decoding: data, as: UTF8.self))
    }

    /// `pdfinfo`'s page count.
    static func pageCount(_ path: String) throws -> Int {
        let info = try run("pdfinfo", [path]).text
        let line = try #require(info.split(separator: "\n").first { $0.hasPrefix("Pages:") })
        return try #require(Int(line.dropFirst("Pages:".count).trimmingCharacters(in: .whitespaces)))
    }

    /// `pdftotext` of one page (1-based), UTF-8.
    static func text(_ path: String, page: Int) throws -> String {
        try run("pdftotext", ["-enc", "UTF-8", "-f", "\(page)", "-l", "\(page)", path, "-"]).text
    }

    /// `pdftotext` of the whole document.
    static func text(_ path: String) throws -> String {
        try run("pdftotext", ["-enc", "UTF-8", path, "-"]).text
    }

    /// `qpdf --check`: the file's structure is sound.
    static func check(_ path: String) throws -> Output { try run("qpdf", ["--check", path]) }
}

/// Runs of whitespace as one space, so wrapped lines compare with the text they came from.
func collapsed(_ text: String) -> String {
    text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
}

/// The letters alone, without whitespace or hyphens: pdftotext joins a word broken after a hyphen at the end of
/// a line ("Nødnett-" + "terminaler" becomes "Nødnettterminaler"), so text is compared letter by letter in order.
func letters(_ text: String) -> String {
    String(text.unicodeScalars.filter { !CharacterSet.whitespacesAndNewlines.contains($0) && $0 != "-" }.map(Character.init))
}

/// A fresh file path in the temporary directory.
func temporaryFile(_ name: String) -> String {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("beredskap-paper-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    return directory.appendingPathComponent(name).path
}

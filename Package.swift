// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Beredskap",
    products: [
        .executable(name: "beredskap", targets: ["beredskap"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // Byte-level JSON reading and writing shared by the journal (envelopes) and Core (event payloads).
        .target(name: "BeredskapJSON"),
        // The domain: types, decide/evolve, clocks, guards. Pure Swift, no I/O.
        .target(name: "BeredskapCore"),
        // The append-only, hash-chained journal: records and bytes, no domain.
        .target(name: "BeredskapJournal", dependencies: [
            "BeredskapJSON",
            .product(name: "Crypto", package: "swift-crypto"),
        ]),
        // Playbooks/*.yaml -> Core's Organisation, with validation that names file:line:column.
        .target(name: "BeredskapPlaybooks", dependencies: [
            "BeredskapCore",
            .product(name: "Yams", package: "Yams"),
            .product(name: "Crypto", package: "swift-crypto"),
        ]),
        // pango + cairo: the only C boundary for paper.
        .systemLibrary(name: "CPangoCairo", pkgConfig: "pangocairo", providers: [.apt(["libpango1.0-dev", "libcairo2-dev"])]),
        // Printed output: one document model, rendered to PDF (pango + cairo) and to plain text.
        .target(name: "BeredskapPaper", dependencies: ["BeredskapCore", "CPangoCairo"]),
        // Journal + Core: replay into state, decide and append durably.
        .target(name: "BeredskapStore", dependencies: ["BeredskapCore", "BeredskapJournal", "BeredskapJSON"]),
        // Wide-character ncurses: the only C boundary for the screen. No pkgConfig: Debian's ncursesw.pc adds flags SwiftPM rejects.
        .systemLibrary(name: "CNCursesW", providers: [.apt(["libncurses-dev"])]),
        // The TUI: screens as pure render(model, size) -> Grid, key bindings as data, one ncurses backend.
        .target(name: "BeredskapConsole", dependencies: ["BeredskapCore", "BeredskapStore", "CNCursesW"]),
        .executableTarget(name: "beredskap", dependencies: [
            "BeredskapStore",
            "BeredskapPlaybooks",
            "BeredskapPaper",
            "BeredskapConsole",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        // Test support: appends records and reports each acknowledged seq (used by the kill -9 tests).
        .executableTarget(name: "journal-writer", dependencies: ["BeredskapJournal"]),
        // Benchmark: durable appends/s, replay+verify against the read+hash floor, sqlite3 peer.
        .executableTarget(name: "journal-bench", dependencies: [
            "BeredskapStore",
            .product(name: "Crypto", package: "swift-crypto"),
        ]),
        // Benchmark: the whole demo binder from Playbooks/ to PDF and to text.
        .executableTarget(name: "paper-bench", dependencies: ["BeredskapPaper", "BeredskapPlaybooks"]),
        // Benchmark: start to first frame with a 100k-event journal, and key press to next frame on every screen at 200x60.
        .executableTarget(name: "console-bench", dependencies: [
            "BeredskapConsole", "BeredskapCore", "BeredskapJournal", "BeredskapStore", "BeredskapPlaybooks",
        ]),

        .testTarget(name: "BeredskapJSONTests", dependencies: ["BeredskapJSON"]),
        .testTarget(name: "BeredskapCoreTests", dependencies: ["BeredskapCore"]),
        .testTarget(name: "BeredskapJournalTests", dependencies: ["BeredskapJournal", "journal-writer"], exclude: ["Fixtures"]),
        .testTarget(name: "BeredskapPlaybooksTests", dependencies: ["BeredskapPlaybooks"], exclude: ["Fixtures"]),
        .testTarget(name: "BeredskapStoreTests", dependencies: ["BeredskapStore"]),
        .testTarget(name: "BeredskapPaperTests", dependencies: ["BeredskapPaper", "BeredskapPlaybooks"]),
        .testTarget(name: "BeredskapConsoleTests", dependencies: ["BeredskapConsole", "BeredskapPlaybooks", "beredskap"], exclude: ["Snapshots"]),
        .testTarget(name: "beredskapTests", dependencies: ["beredskap"]),
    ],
    swiftLanguageModes: [.v6]
)

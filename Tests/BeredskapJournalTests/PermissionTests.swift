import BeredskapJSON
@testable import BeredskapJournal
import Foundation
import Glibc
import Testing

/// Who may read a journal: the owner alone (0600 in 0700), or a group sharing a set-group-ID directory (0660 in
/// 2770), whatever the umask of the process that made the file; and a journal every account can read is noticed.
@Suite struct PermissionTests {
    private static func mode(_ path: String) -> UInt32 {
        var info = stat()
        #expect(stat(path, &info) == 0, "stat \(path)")
        return UInt32(info.st_mode) & 0o7777
    }

    @Test func aJournalInAPersonalDirectoryIsTheOwnersAlone() throws {
        let directory = TemporaryDirectory()
        let path = directory.file("new/beredskap.jsonl")
        let writer = try JournalWriter.create(path: path, kind: .real, created: fixedDate())
        _ = try writer.append([note(1)])
        try AtomicFile.replace(directory.file("new/snapshot.json"), with: Array("{}".utf8))
        #expect(Self.mode(path) == 0o600)
        #expect(Self.mode(directory.file("new/snapshot.json")) == 0o600)
        #expect(Self.mode(directory.file("new")) == 0o700)
        #expect(JournalExposure.worldReadable(path: path) == nil)
    }

    /// The umask of the tests' process is 022, which would turn a plain `open(..., 0660)` into 0640: the group
    /// could read but never append. The files must be 0660 exactly.
    @Test func aJournalInASharedDirectoryIsTheGroupsAndKeepsTheGroupWhateverTheUmask() throws {
        let directory = TemporaryDirectory()
        let shared = directory.file("shared")
        #expect(mkdir(shared, 0o700) == 0 && chmod(shared, 0o2770) == 0)
        let path = shared + "/beredskap.jsonl"
        let writer = try JournalWriter.create(path: path, kind: .real, created: fixedDate())
        _ = try writer.append([note(1)])
        try AtomicFile.replace(shared + "/snapshot.json", with: Array("{}".utf8))
        let exercise = shared + "/ovelser/drill.jsonl"
        _ = try JournalWriter.create(path: exercise, kind: .exercise, created: fixedDate())
        #expect(Self.mode(path) == 0o660)
        #expect(Self.mode(shared + "/snapshot.json") == 0o660)
        #expect(Self.mode(shared + "/ovelser") == 0o2770)
        #expect(Self.mode(exercise) == 0o660)
        #expect(JournalExposure.worldReadable(path: path) == nil)
    }

    @Test func aJournalEveryAccountCanReadIsNoticed() throws {
        let directory = TemporaryDirectory()
        let path = directory.file("beredskap.jsonl")
        _ = try JournalWriter.create(path: path, kind: .real, created: fixedDate())
        #expect(chmod(path, 0o644) == 0)
        #expect(JournalExposure.worldReadable(path: path) == [.ownerReadWrite, .groupRead, .othersRead])
    }
}

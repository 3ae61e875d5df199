import Foundation
import Testing
@testable import beredskap

/// The Debian package as a host gets it: built by scripts/package, unpacked into a scratch root with dpkg -x, and
/// run from there. The test packages the debug binary (`--binary`), which a release build would take minutes to
/// replace; everything else in the package is what `scripts/package` ships.
@Suite struct PackageTests {
    @Test func thePackageUnpackedIntoAScratchRootRunsItsExampleManualAndCompletions() throws {
        let repository = URL(fileURLWithPath: CLI.playbooks).deletingLastPathComponent()
        let deps = try Tool.run(repository.path + "/scripts/deps", [])
        #expect(deps.status == 0, "scripts/deps: \(deps.stderr)")
        let cli = try CLI()
        let built = try Tool.run(repository.path + "/scripts/package", ["--binary", CLI.binary.path, "--output", cli.directory.path])
        try #require(built.status == 0, "scripts/package: \(built.stderr)")
        let deb = try #require(built.stdout.split(separator: "\n").last.map(String.init))
        #expect(deb.hasSuffix("/beredskap_\(Version.current)_amd64.deb") || deb.hasSuffix("/beredskap_\(Version.current)_arm64.deb"))

        #expect(try Tool.run("dpkg-deb", ["-f", deb, "Version"]).stdout == Version.current + "\n", "the version from one place")
        let depends = try Tool.run("dpkg-deb", ["-f", deb, "Depends"]).stdout
        for package in ["libncursesw6", "libpangocairo-1.0-0", "libcairo2", "libc6", "fonts-dejavu-core"] {
            #expect(depends.contains(package), "Depends: \(depends)")
        }

        let root = cli.directory.appendingPathComponent("root").path
        try #require(try Tool.run("dpkg", ["-x", deb, root]).status == 0)
        let binary = root + "/usr/bin/beredskap"
        let example = root + "/usr/share/beredskap/example"
        #expect(try Tool.run(binary, ["--version"]).stdout == Version.current + "\n")

        let lint = try Tool.run(binary, ["lint", example, "--journal", cli.directory.path])
        #expect(lint.status == 0, "lint of the shipped example: \(lint.stdout)")
        let binder = cli.directory.appendingPathComponent("nødperm.pdf").path
        let printed = try Tool.run(binary, ["print", "binder", "--playbooks", example, "-o", binder])
        #expect(printed.status == 0, "\(printed.stderr)")
        #expect(try Tool.run("pdftotext", ["-enc", "UTF-8", binder, "-"]).stdout.contains("Fjordvik helseforetak"))

        // The example is the package's, read-only for everyone else; setup copies it beside the installed binary.
        let attributes = try FileManager.default.attributesOfItem(atPath: example + "/organisasjon.yaml")
        #expect(attributes[.posixPermissions] as? Int == 0o644)
        let organisation = cli.directory.appendingPathComponent("min-organisasjon").path
        let copied = try Tool.run(binary, ["setup", "--organisation", organisation])
        #expect(copied.stdout.contains("Kopierte eksempelorganisasjonen fra \(example) til \(organisation)"), "\(copied.stdout)\(copied.stderr)")
        #expect(try Tool.run(binary, ["lint", organisation, "--journal", cli.directory.path]).status == 0)

        let manual = try Tool.run("man", ["--warnings", "-l", root + "/usr/share/man/man1/beredskap.1.gz"],
                                  environment: ["MANPAGER": "cat", "MANWIDTH": "100", "LANG": "C.UTF-8"])
        #expect(manual.status == 0 && manual.stderr.isEmpty, "man: \(manual.stderr)")
        for part in ["BEREDSKAP(1)", "beredskap setup", "beredskap avvik list", "/var/lib/beredskap", "NO_COLOR", "EXIT STATUS"] {
            #expect(manual.stdout.contains(part), "\(part) in the manual")
        }

        let bash = try Tool.run("bash", ["-c", "source \(root)/usr/share/bash-completion/completions/beredskap; complete -p beredskap"])
        #expect(bash.stdout.contains("-F _beredskap beredskap"), "\(bash.stdout)\(bash.stderr)")
        let zsh = try String(contentsOfFile: root + "/usr/share/zsh/vendor-completions/_beredskap", encoding: .utf8)
        #expect(zsh.hasPrefix("#compdef beredskap"))
        let fish = try String(contentsOfFile: root + "/usr/share/fish/vendor_completions.d/beredskap.fish", encoding: .utf8)
        #expect(fish.contains("complete -c 'beredskap'"))
        for file in ["copyright", "changelog.gz", "README.md", "JOURNAL.md"] {
            #expect(FileManager.default.fileExists(atPath: root + "/usr/share/doc/beredskap/" + file), "\(file)")
        }
    }
}

/// The program's version: `beredskap --version`, and the Debian package's version (`scripts/package` asks the
/// binary), so it is written in this one place.
enum Version {
    static let current = "1.0.0"
}

import Yams

/// A place in a playbook file, carried with every value that a later check may need to point back at.
struct Location: Sendable, Equatable {
    var file: String
    var line: Int
    var column: Int

    /// The whole file, for problems that have no node (a missing file, an empty one).
    static func file(_ file: String) -> Location { Location(file: file, line: 0, column: 0) }

    init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    init(file: String, mark: Mark?) {
        self.init(file: file, line: mark?.line ?? 0, column: mark?.column ?? 0)
    }

    /// `systemer.yaml:12:5`, for hints that point at another place.
    var shortDescription: String { line > 0 ? "\(file):\(line):\(column)" : file }
}

/// A value read from YAML together with where it was written.
struct Located<Value> {
    var value: Value
    var location: Location
}

import ArgumentParser

/// Global options written before the subcommand (`beredskap --journal DIR init`). swift-argument-parser gives
/// them to the default subcommand (the console), which then fails on «init»; moved to just after the subcommand's
/// names they reach the subcommand's own parser, before its other arguments, so an option repeated there wins.
enum LeadingOptions {
    /// The options of ``GlobalOptions`` that take a value.
    static let names: Set<String> = ["--journal", "--exercise", "--playbooks", "--operator"]

    /// `arguments` (without the program name) with leading global options moved after the subcommand path.
    static func moved(_ arguments: [String]) -> [String] {
        var leading: [String] = []
        var rest = arguments[...]
        while let first = rest.first {
            if names.contains(first), rest.count >= 2 {
                leading += rest.prefix(2)
                rest = rest.dropFirst(2)
            } else if let equals = first.firstIndex(of: "="), names.contains(String(first[..<equals])) {
                leading.append(first)
                rest = rest.dropFirst()
            } else {
                break
            }
        }
        guard !leading.isEmpty else { return arguments }
        var command: ParsableCommand.Type = Beredskap.self
        var path = 0
        for argument in rest {
            guard let subcommand = command.configuration.subcommands.first(where: { $0._commandName == argument }) else { break }
            command = subcommand
            path += 1
        }
        return Array(rest.prefix(path)) + leading + rest.dropFirst(path)
    }
}

extension Beredskap {
    /// The command the command line (without the program name) asks for, global options anywhere.
    static func parse(commandLine arguments: [String]) throws -> ParsableCommand {
        try parseAsRoot(LeadingOptions.moved(arguments))
    }
}

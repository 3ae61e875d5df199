import BeredskapCore

/// The `injects:` list of a scenario file written as YAML in the shape of the shipped scenarios, and put in place
/// of the one a file has. Everything outside that list stays as it was, comments included; comments inside the old
/// list go with it.
enum ScenarioInjectsYAML {
    static func block(_ injects: [Inject]) -> String {
        var lines = ["injects:"]
        for inject in injects {
            lines += ["  - id: \(plain(inject.id.rawValue))", "    at: \(inject.at.value)m", "    to: \(plain(inject.to.rawValue))",
                      "    from: \(quoted(inject.from))", "    text: \(quoted(inject.text))"]
            guard !inject.expectations.isEmpty else { continue }
            lines.append("    expect:")
            lines += inject.expectations.map {
                "      - {id: \(plain($0.id.rawValue)), text: \(quoted($0.text)), objective: \(plain($0.objective.rawValue))}"
            }
        }
        return lines.map { $0 + "\n" }.joined()
    }

    /// `text` with its top-level `injects:` list replaced; nil when the file has no such line.
    static func replacing(_ injects: [Inject], in text: String) -> String? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let start = lines.firstIndex(where: isInjectsKey) else { return nil }
        var end = lines[(start + 1)...].firstIndex(where: isTopLevelKey) ?? lines.count
        // Blank lines and comments right above the next key belong to that key.
        while end > start + 1, lines[end - 1].trimmingCharacters(in: .whitespaces).isEmpty || lines[end - 1].hasPrefix("#") {
            end -= 1
        }
        let before = lines[..<start].map { $0 + "\n" }.joined()
        let after = lines[end...].joined(separator: "\n")
        return before + block(injects) + after
    }

    private static func isInjectsKey(_ line: String) -> Bool {
        guard line.hasPrefix("injects:") else { return false }
        let rest = line.dropFirst("injects:".count).trimmingCharacters(in: .whitespaces)
        return rest.isEmpty || rest.hasPrefix("#")
    }

    /// A key at the left margin (a list item `- ` there still belongs to the key above it).
    private static func isTopLevelKey(_ line: String) -> Bool {
        guard let first = line.first else { return false }
        return !" \t#-\r".contains(first)
    }

    /// An id as it is: ids are letters, digits, `-` and `_`, so only words YAML reads as something else are quoted.
    static func plain(_ id: String) -> String {
        let special = ["null", "true", "false", "yes", "no", "on", "off", "y", "n", "~"]
        let startsWell = id.first.map { $0.isLetter } ?? false
        return startsWell && !special.contains(id.lowercased()) ? id : quoted(id)
    }

    /// A YAML double-quoted scalar: backslash, quote, line breaks and other control characters escaped.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0x2028 || scalar.value == 0x2029:
                out += "\\u" + String(scalar.value, radix: 16).leftPadded(to: 4)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}

/// Norwegian counts with the right number: «1 åpen hendelse», «2 åpne hendelser».
public enum Count {
    /// `count` followed by the singular or the plural form.
    public static func phrase(_ count: Int, _ singular: String, _ plural: String) -> String {
        "\(count) \(count == 1 ? singular : plural)"
    }

    /// «A», «A og B», «A, B og C».
    public static func list(_ items: [String]) -> String {
        guard let last = items.last, items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " og " + last
    }
}

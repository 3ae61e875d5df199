/// A JSON object that keeps its members in the order they were written.
///
/// Lookup is a linear search: journal objects have a handful of members, where scanning beats hashing and keeps
/// the written order, which matters because journal lines are hashed as written.
public struct JSONObject: Sendable, Equatable, Sequence {
    /// The members in written order. Duplicate keys are kept as read; lookups see the first.
    public var members: [(key: String, value: JSONValue)]

    /// An object with the given members, in that order.
    public init(_ members: [(key: String, value: JSONValue)] = []) {
        self.members = members
    }

    /// The value of the first member named `key`, or `nil` when there is none.
    public subscript(key: String) -> JSONValue? {
        // Comparing lengths first rejects most other keys without a full string comparison.
        let length = key.utf8.count
        for member in members where member.key.utf8.count == length && member.key == key {
            return member.value
        }
        return nil
    }

    /// Adds a member at the end, without checking for an existing member of the same name.
    public mutating func append(_ key: String, _ value: JSONValue) {
        members.append((key: key, value: value))
    }

    /// The number of members.
    public var count: Int { members.count }

    /// Whether the object has no members.
    public var isEmpty: Bool { members.isEmpty }

    public func makeIterator() -> IndexingIterator<[(key: String, value: JSONValue)]> {
        members.makeIterator()
    }

    /// Equal when the same members appear in the same order: order is part of what was written.
    public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
        guard lhs.members.count == rhs.members.count else { return false }
        for (left, right) in zip(lhs.members, rhs.members) where left.key != right.key || left.value != right.value {
            return false
        }
        return true
    }
}

extension JSONObject: ExpressibleByDictionaryLiteral {
    /// Members keep the order they are written in.
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self.init(elements.map { (key: $0.0, value: $0.1) })
    }
}

/// One value of the tree `JSONValueEncoder` builds.
///
/// Nested containers and super-encoders are handed out before their contents are written, so the tree is held in
/// references while encoding and turned into a `JSONValue` once `encode(to:)` has returned.
final class EncodingNode {
    /// A member or element: finished, or still being written through a container handed out earlier.
    enum Slot {
        case value(JSONValue)
        case node(EncodingNode)
    }

    private enum Content {
        case empty
        case single(JSONValue)
        case object([(key: String, slot: Slot)])
        case array([Slot])
    }

    private var content = Content.empty

    /// The finished value; a node nothing was written to is an empty object.
    var value: JSONValue {
        switch content {
        case .empty: .object(JSONObject())
        case .single(let value): value
        case .object(let members): .object(JSONObject(members.map { (key: $0.key, value: $0.slot.value) }))
        case .array(let elements): .array(elements.map(\.value))
        }
    }

    /// The number of elements written, when this is an array.
    var count: Int {
        if case .array(let elements) = content { elements.count } else { 0 }
    }

    // Asking one encoder for two different kinds of container is a bug in the `encode(to:)` at hand; Foundation's
    // encoders trap on it as well.

    func becomeObject() {
        switch content {
        case .empty: content = .object([])
        case .object: break
        case .single, .array: preconditionFailure("keyed container requested after encoding another kind of value")
        }
    }

    func becomeArray() {
        switch content {
        case .empty: content = .array([])
        case .array: break
        case .single, .object: preconditionFailure("unkeyed container requested after encoding another kind of value")
        }
    }

    func setSingle(_ value: JSONValue) {
        guard case .empty = content else { preconditionFailure("single value container written twice") }
        content = .single(value)
    }

    func set(_ slot: Slot, forKey key: String) {
        guard case .object(var members) = content else { preconditionFailure("not an object") }
        // Dropping the enum's reference first leaves `members` uniquely referenced, so it grows in place.
        content = .empty
        if let index = members.firstIndex(where: { $0.key == key }) {
            members[index].slot = slot
        } else {
            members.append((key: key, slot: slot))
        }
        content = .object(members)
    }

    func append(_ slot: Slot) {
        guard case .array(var elements) = content else { preconditionFailure("not an array") }
        content = .empty
        elements.append(slot)
        content = .array(elements)
    }
}

extension EncodingNode.Slot {
    var value: JSONValue {
        switch self {
        case .value(let value): value
        case .node(let node): node.value
        }
    }
}

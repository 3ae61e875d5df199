/// Where a value sits in the document being decoded or encoded, as a parent-linked list: descending costs one
/// small node, and the `[CodingKey]` array that errors and `codingPath` report is built only when asked for.
indirect enum CodingPath {
    case root
    case child(any CodingKey, of: CodingPath)

    func appending(_ key: some CodingKey) -> CodingPath {
        .child(key, of: self)
    }

    func appending(index: Int) -> CodingPath {
        .child(JSONCodingKey(index: index), of: self)
    }

    /// The keys from the root down.
    var keys: [any CodingKey] {
        var keys: [any CodingKey] = []
        var node = self
        while case .child(let key, let parent) = node {
            keys.append(key)
            node = parent
        }
        return keys.reversed()
    }
}

/// Keys the coders make up themselves: array positions and the `super` member of class hierarchies.
struct JSONCodingKey: CodingKey {
    /// The key `superEncoder()` and `superDecoder()` use, as in Foundation's coders.
    static let `super` = JSONCodingKey(stringValue: "super")

    private enum Storage {
        case name(String)
        case index(Int)
    }

    private let storage: Storage

    init(stringValue: String) {
        storage = .name(stringValue)
    }

    init(intValue: Int) {
        storage = .index(intValue)
    }

    init(index: Int) {
        storage = .index(index)
    }

    /// Array positions are spelled as Foundation's coders spell them, but only when asked: a path is built for
    /// every element decoded and read only when something went wrong.
    var stringValue: String {
        switch storage {
        case .name(let name): name
        case .index(let index): "Index \(index)"
        }
    }

    var intValue: Int? {
        if case .index(let index) = storage { index } else { nil }
    }
}

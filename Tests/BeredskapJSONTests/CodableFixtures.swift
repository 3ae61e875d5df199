import BeredskapJSON
import Foundation

// Shapes like the store's domain events: nested structs, enums with raw and associated values, optionals, dates.

enum Level: String, Codable, Equatable {
    case green, yellow, red
}

struct Contact: Codable, Equatable {
    var name: String
    var phone: String?
}

struct Item: Codable, Equatable {
    var name: String
    var count: Int
}

struct IncidentOpened: Codable, Equatable {
    var id: UInt32
    var title: String
    var level: Level
    var openedAt: Date
    var happenedAt: Date?
    var reporter: Contact
    var items: [Item]
    var tags: [String]
    var note: String?
    var weight: Double
    var confirmed: Bool
    var extremes: [Int64]
    var attachment: Data
    var link: URL
    var counts: [String: Int]
    var optionals: [Int?]
}

enum Event: Codable, Equatable {
    case opened(IncidentOpened)
    case levelChanged(from: Level, to: Level, reason: String?)
    case closed
}

/// A class hierarchy, which encodes its superclass through `superEncoder()`.
class Base: Codable {
    var seq: Int

    init(seq: Int) {
        self.seq = seq
    }
}

final class Derived: Base {
    var label: String

    init(seq: Int, label: String) {
        self.label = label
        super.init(seq: seq)
    }

    private enum CodingKeys: String, CodingKey {
        case label
    }

    required init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        label = try container.decode(String.self, forKey: .label)
        try super.init(from: container.superDecoder())
    }

    override func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(label, forKey: .label)
        try super.encode(to: container.superEncoder())
    }
}

extension IncidentOpened {
    static let sample = IncidentOpened(
        id: 7,
        title: "EPJ utilgjengelig på Ullevål",
        level: .red,
        openedAt: Timestamp.parse("2024-02-29T03:04:05.678Z")!,
        happenedAt: nil,
        reporter: Contact(name: "Kari Nordmann", phone: nil),
        items: [Item(name: "skjema A", count: 3), Item(name: "skjema B", count: 0)],
        tags: ["epj", "rød"],
        note: "Ring \"IKT-vakt\"\nstraks",
        weight: 0.5,
        confirmed: true,
        extremes: [.min, .max, 0],
        attachment: Data([0, 1, 2, 250, 255]),
        link: URL(string: "https://www.normen.no/nodprosedyrer?side=2")!,
        counts: ["a": 1],
        optionals: [1, nil, 3]
    )
}

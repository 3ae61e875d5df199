import Foundation
import Testing
import BeredskapJSON

@Suite("JSONValueEncoder and JSONValueDecoder")
struct JSONValueCodableTests {
    let encoder = JSONValueEncoder()
    let decoder = JSONValueDecoder()

    @Test func encodesTheShapeTheJournalStores() throws {
        let value = try encoder.encode(IncidentOpened.sample)
        let object = try #require(value.objectValue)
        #expect(object.members.map { $0.key } == [
            "id", "title", "level", "openedAt", "reporter", "items", "tags", "note", "weight", "confirmed", "extremes",
            "attachment", "link", "counts", "optionals",
        ])
        #expect(object["happenedAt"] == nil)
        #expect(object["level"] == "red")
        #expect(object["openedAt"] == "2024-02-29T03:04:05.678Z")
        #expect(object["reporter"] == ["name": "Kari Nordmann"])
        #expect(object["items"] == [["name": "skjema A", "count": 3], ["name": "skjema B", "count": 0]])
        #expect(object["extremes"] == JSONValue.array([.int(.min), .int(.max), 0]))
        #expect(object["attachment"] == "AAEC+v8=")
        #expect(object["link"] == "https://www.normen.no/nodprosedyrer?side=2")
        #expect(object["optionals"] == [1, .null, 3])
        #expect(object["weight"] == .double(0.5))
    }

    @Test func roundTripsThroughValueAndText() throws {
        var sample = IncidentOpened.sample
        sample.happenedAt = Timestamp.parse("1969-07-20T20:17:40.000Z")
        sample.reporter.phone = "+47 22 00 00 00"
        for incident in [IncidentOpened.sample, sample] {
            let value = try encoder.encode(incident)
            #expect(try decoder.decode(IncidentOpened.self, from: value) == incident)
            let reparsed = try JSONReader.parse(JSONWriter.bytes(value))
            #expect(try decoder.decode(IncidentOpened.self, from: reparsed) == incident)
        }
    }

    @Test func roundTripsEnumsWithAssociatedValues() throws {
        let events: [Event] = [
            .opened(.sample), .levelChanged(from: .green, to: .yellow, reason: "flere systemer nede"),
            .levelChanged(from: .red, to: .green, reason: nil), .closed,
        ]
        let value = try encoder.encode(events)
        #expect(value.arrayValue?[2] == ["levelChanged": ["from": "red", "to": "green"]])
        #expect(try decoder.decode([Event].self, from: value) == events)
    }

    @Test func roundTripsClassHierarchiesThroughSuperEncoder() throws {
        let value = try encoder.encode(Derived(seq: 4, label: "x"))
        #expect(value == ["label": "x", "super": ["seq": 4]])
        let decoded = try decoder.decode(Derived.self, from: value)
        #expect(decoded.seq == 4 && decoded.label == "x")
    }

    @Test func floorsDatesToMilliseconds() throws {
        let date = Date(timeIntervalSince1970: 1_709_210_096.789_9)
        #expect(try encoder.encode(date) == "2024-02-29T12:34:56.789Z")
        #expect(try decoder.decode(Date.self, from: encoder.encode(date)) == Timestamp.truncated(date))
    }

    @Test func encodesTopLevelScalars() throws {
        #expect(try encoder.encode(5) == 5)
        #expect(try encoder.encode("ø") == "ø")
        #expect(try encoder.encode(Level.yellow) == "yellow")
        #expect(try encoder.encode(Optional<Int>.none) == .null)
        #expect(try encoder.encode([UInt8.max]) == [255])
        #expect(try encoder.encode(Float(0.5)) == .double(0.5))
    }

    @Test func decodingIgnoresUnknownKeysAndTreatsMissingOrNullOptionalsAsNil() throws {
        let value: JSONValue = ["name": "Ola", "phone": .null, "shoeSize": 44, "future": ["field": true]]
        #expect(try decoder.decode(Contact.self, from: value) == Contact(name: "Ola", phone: nil))
        #expect(try decoder.decode(Contact.self, from: ["name": "Ola"]) == Contact(name: "Ola", phone: nil))
    }

    @Test func numbersConvertWhereNothingIsLost() throws {
        #expect(try decoder.decode(Int.self, from: .double(3)) == 3)
        #expect(try decoder.decode(Int8.self, from: .double(-128)) == -128)
        #expect(try decoder.decode(Double.self, from: 3) == 3.0)
        #expect(try decoder.decode(Float.self, from: 3) == 3.0)
        #expect(try decoder.decode(Item.self, from: ["name": "x", "count": 2.0]) == Item(name: "x", count: 2))
        #expect(try decoder.decode(Int64.self, from: .int(.min)) == .min)
        #expect(try decoder.decode(UInt64.self, from: .double(18_446_744_073_709_549_568.0)) == 18_446_744_073_709_549_568)
    }

    @Test func decodesIntegerKeyedDictionaries() throws {
        let value = try encoder.encode([3: "tre", 1: "en"])
        #expect(value.objectValue?["3"] == "tre")
        #expect(try decoder.decode([Int: String].self, from: value) == [3: "tre", 1: "en"])
    }

    @Test func laterWritesOfAKeyReplaceTheValueInPlace() throws {
        struct Twice: Encodable {
            enum CodingKeys: String, CodingKey { case a, b }
            func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: CodingKeys.self)
                try container.encode(1, forKey: .a)
                try container.encode(2, forKey: .b)
                try container.encode(3, forKey: .a)
            }
        }
        #expect(try encoder.encode(Twice()) == ["a": 3, "b": 2])
    }

    @Test func nestedContainersWrittenAfterTheirSiblingsKeepTheirPlace() throws {
        struct Nested: Encodable {
            enum CodingKeys: String, CodingKey { case first, inner, list, last }
            func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: CodingKeys.self)
                try container.encode("1", forKey: .first)
                var inner = container.nestedContainer(keyedBy: CodingKeys.self, forKey: .inner)
                var list = container.nestedUnkeyedContainer(forKey: .list)
                try container.encode("4", forKey: .last)
                try inner.encode("2", forKey: .first)
                try list.encode(3)
                var deeper = list.nestedUnkeyedContainer()
                try deeper.encodeNil()
            }
        }
        #expect(try encoder.encode(Nested()) == ["first": "1", "inner": ["first": "2"], "list": [3, [.null]], "last": "4"])
    }
}

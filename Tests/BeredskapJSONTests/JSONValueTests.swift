import Testing
import BeredskapJSON

@Suite("JSONValue and JSONObject")
struct JSONValueTests {
    @Test func accessorsAnswerOnlyForTheirKind() {
        let values: [JSONValue] = [.null, true, 1, 1.5, "s", [1], ["k": 1]]
        #expect(values.map { $0.boolValue != nil } == [false, true, false, false, false, false, false])
        #expect(values.map { $0.intValue != nil } == [false, false, true, false, false, false, false])
        #expect(values.map { $0.doubleValue != nil } == [false, false, true, true, false, false, false])
        #expect(values.map { $0.stringValue != nil } == [false, false, false, false, true, false, false])
        #expect(values.map { $0.arrayValue != nil } == [false, false, false, false, false, true, false])
        #expect(values.map { $0.objectValue != nil } == [false, false, false, false, false, false, true])
        #expect(JSONValue.int(2).doubleValue == 2.0)
    }

    @Test func integersAndDoublesAreDifferentValues() {
        #expect(JSONValue.int(1) != .double(1))
    }

    @Test func objectEqualityIncludesOrder() {
        let ab: JSONObject = ["a": 1, "b": 2]
        #expect(ab == JSONObject([(key: "a", value: 1), (key: "b", value: 2)]))
        #expect(ab != ["b": 2, "a": 1])
        #expect(ab != ["a": 1, "b": 3])
        #expect(ab != ["a": 1])
    }

    @Test func appendKeepsOrderAndLookupFindsTheFirst() {
        var object = JSONObject()
        object.append("x", 1)
        object.append("y", "two")
        object.append("x", 3)
        #expect(object.map(\.key) == ["x", "y", "x"])
        #expect(object["x"] == 1)
        #expect(object["y"] == "two")
        #expect(object.count == 3 && !object.isEmpty)
    }
}

import Testing
@testable import BeredskapPlaybooks

@Suite("Nearest key suggestions")
struct NearestKeyTests {
    @Test func levenshteinCountsCharacters() {
        #expect(NearestKey.levenshtein(Array("depend_on"), Array("depends_on")) == 1)
        #expect(NearestKey.levenshtein(Array("håndteres"), Array("haandteres")) == 2)
        #expect(NearestKey.levenshtein(Array(""), Array("abc")) == 3)
        #expect(NearestKey.levenshtein(Array("kitten"), Array("sitting")) == 3)
    }

    @Test func nearestWithinThreeEditsIgnoringCase() {
        #expect(NearestKey.nearest(to: "Depend_On", among: ["id", "depends_on", "procedures"]) == "depends_on")
        #expect(NearestKey.nearest(to: "fargekode", among: ["id", "depends_on", "procedures"]) == nil)
        #expect(NearestKey.nearest(to: "k3", among: ["k1", "k2", "k4"]) == "k1")
        #expect(NearestKey.nearest(to: "x", among: ["id", "title"]) == nil, "two edits to a one-letter word is a guess")
        #expect(NearestKey.nearest(to: "klase", among: ["class", "klasse"]) == "klasse")
        #expect(NearestKey.nearest(to: "klass", among: ["class", "klasse"]) == "class", "a tie goes to the first")
    }
}

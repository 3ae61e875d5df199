/// Suggestions for misspelt keys, ids and values ("mente du «depends_on»?").
enum NearestKey {
    /// Typos further away than this are more likely a different word than a slip of the finger.
    static let maxDistance = 3

    /// The candidate closest to `word` within `maxDistance` edits, ignoring case; the earliest wins a tie.
    /// A candidate that would change every letter of a short word is a guess, not a correction.
    static func nearest(to word: String, among candidates: [String]) -> String? {
        let target = Array(word.lowercased())
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let distance = levenshtein(target, Array(candidate.lowercased()))
            if distance <= maxDistance, distance < target.count, distance < (best?.distance ?? .max) {
                best = (candidate, distance)
            }
        }
        return best?.candidate
    }

    /// «mente du «x»?» when something is close, otherwise `fallback`.
    static func hint(for word: String, among candidates: [String], otherwise fallback: String) -> String {
        nearest(to: word, among: candidates).map { "mente du «\($0)»?" } ?? fallback
    }

    /// Edits (insert, delete, substitute) to turn `a` into `b`, counted in characters so æøå count once.
    static func levenshtein(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        var previous = Array(0...b.count)
        for (i, ca) in a.enumerated() {
            var current = [i + 1]
            for (j, cb) in b.enumerated() {
                current.append(Swift.min(previous[j + 1] + 1, current[j] + 1, previous[j] + (ca == cb ? 0 : 1)))
            }
            previous = current
        }
        return previous[b.count]
    }
}

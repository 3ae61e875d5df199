import BeredskapCore
import BeredskapRegion
import Foundation

/// `beredskap region status` as text: one block per hospital, its open incidents under it.
extension RegionPicture {
    func text(timeZone: TimeZone) -> String {
        var lines: [String] = []
        if kind == .exercise { lines.append("*** ØVELSE ***") }
        lines.append("Regionen \(Timestamps.local(at, timeZone: timeZone)): "
            + Count.phrase(hospitals.count, "journal", "journaler") + (kind == .exercise ? " fra øvelser." : "."))
        if hospitals.isEmpty { lines.append("Ingen sykehus har synket ennå: `beredskap sync` på hvert sykehus.") }
        for hospital in hospitals {
            lines.append("")
            lines += hospital.lines(timeZone: timeZone).map(\.text)
        }
        return lines.joined(separator: "\n")
    }
}

import Foundation

/// What went wrong talking to the regional database, in words for the person who runs `beredskap sync`.
/// Never holds the connection string: libpq's own messages name the host and user, not the password.
public enum RegionError: Error, Sendable, Equatable {
    /// `PQconnectdb` failed: the server is down, unreachable, or refused us.
    case connect(String)
    /// The connection broke off (server stopped, network gone) in the middle of the work.
    case lost(String)
    /// A statement failed; `sqlState` is PostgreSQL's five-character code (empty when there is none).
    case statement(sqlState: String, message: String)
    /// The region holds a line of this journal that the local chain does not have: the chain was changed after
    /// line `agreed` (the last line both hold with the same hash).
    case fork(agreed: Int, regionHead: Int)
    /// The schema is missing or of a version this program does not know.
    case schema(found: Int?, expected: Int)
    /// The local journal cannot be synced as it is (damaged, unreadable).
    case journal(String)

    /// The SQLSTATE the region's line check raises for a line that does not continue the chain.
    static let chainBreak = "BR001"

    /// Norwegian text for the user.
    public var norwegian: String {
        switch self {
        case .connect(let message):
            return "Fikk ikke kontakt med regionens database: \(Self.oneLine(message))"
        case .lost(let message):
            return "Forbindelsen til regionens database ble brutt (\(Self.oneLine(message))). Bolkene som var fullført, er lagret "
                + "i regionen; resten sendes neste gang `beredskap sync` kjører."
        case .statement(let state, let message):
            return "Regionens database avviste forespørselen\(state.isEmpty ? "" : " (\(state))"): \(Self.oneLine(message))"
        case .fork(let agreed, let regionHead):
            return "Regionen har denne journalen til nr. \(regionHead), men kjeden er endret etter nr. \(agreed): "
                + "linjene her er ikke de regionen har sett. Ingenting er sendt. Finn ut hvorfor (`beredskap verify`, "
                + "seglet på papir) før journalen synkes igjen."
        case .schema(let found, let expected):
            return found.map { "Regionens database har skjemaversjon \($0), dette programmet kjenner \(expected). Oppdater programmet." }
                ?? "Regionens database er ikke satt opp. Kjør `beredskap region init` først."
        case .journal(let message):
            return message
        }
    }

    /// libpq's messages end in newlines and sometimes span lines; one line reads better after our own words.
    private static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
    }
}

import Foundation

/// How fast the scenario runs against the wall clock, chosen when the exercise starts: at tempo 2 a scenario
/// planned for two hours is played in one, and every inject falls due at half its T+mm in wall-clock time. The
/// exercise clock always shows the scenario's time (T+mm of the plan).
public struct ExerciseTempo: Codable, Sendable, Hashable, CustomStringConvertible {
    public let factor: Double

    /// The tempos a facilitator may choose: from half speed to ten times as fast.
    public static let range: ClosedRange<Double> = 0.5...10
    /// Real time: one minute of scenario per minute of wall clock.
    public static let realTime = ExerciseTempo(unchecked: 1)
    /// What the console's start dialog offers.
    public static let offered = [1, 1.5, 2, 3, 4].map(ExerciseTempo.init(unchecked:))

    /// nil outside `range` (or not a number).
    public init?(_ factor: Double) {
        guard Self.range.contains(factor) else { return nil }
        self.factor = factor
    }

    private init(unchecked factor: Double) { self.factor = factor }

    /// `2`, `1,5` (Norwegian decimal comma), `1` (also accepts `1.5`); nil when it is not a tempo in `range`.
    public init?(text: String) {
        guard let factor = Double(text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: ".")),
              factor.isFinite else { return nil }
        self.init(factor)
    }

    /// A journal line with a tempo outside `range` is refused as it is read: a tempo of 0 would stop every inject.
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let factor = try container.decode(Double.self)
        guard Self.range.contains(factor) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "tempo \(factor) is outside \(Self.range)")
        }
        self.factor = factor
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(factor)
    }

    /// `2`, `1,5`: at most two decimals, with a decimal comma.
    public var description: String {
        let hundredths = Int((factor * 100).rounded())
        let whole = "\(hundredths / 100)"
        guard hundredths % 100 != 0 else { return whole }
        let decimals = String(format: "%02d", hundredths % 100)
        return whole + "," + (decimals.hasSuffix("0") ? String(decimals.prefix(1)) : decimals)
    }

    /// Scenario time for a stretch of wall-clock time.
    public func scenario(_ wall: TimeInterval) -> TimeInterval { wall * factor }

    /// Wall-clock time for a stretch of scenario time.
    public func wall(_ scenario: TimeInterval) -> TimeInterval { scenario / factor }
}

import ArgumentParser
import BeredskapCore
import BeredskapStore

// Our enums as command-line values, each typed as its raw value (`gul`, `kritisk`, `ikke-svar` ...).
extension BreachReportStage: ExpressibleByArgument {}
extension CallOutcome: ExpressibleByArgument {}
extension CauseLevel: ExpressibleByArgument {}
extension DeviationProperty: ExpressibleByArgument {}
extension ExpectationRating: ExpressibleByArgument {}
extension FormStatus: ExpressibleByArgument {}
extension HotWashKind: ExpressibleByArgument {}
extension MeasureStatus: ExpressibleByArgument {}
extension Phase: ExpressibleByArgument {}
extension ReadinessLevel: ExpressibleByArgument {}
extension RiskGrade: ExpressibleByArgument {}
extension SecurityProperty: ExpressibleByArgument {}
extension Severity: ExpressibleByArgument {}
extension TimelineExport.Format: ExpressibleByArgument {}

extension ExerciseTempo: ExpressibleByArgument {
    public init?(argument: String) { self.init(text: argument) }
    public static var defaultValueDescription: String { "1" }
}

import BeredskapCore

extension ConsoleModel {
    /// Avvik, open ones first, each group in the order registered.
    public var deviationRows: [Deviation] { state.deviations.filter(\.isOpen) + state.deviations.filter { !$0.isOpen } }
}

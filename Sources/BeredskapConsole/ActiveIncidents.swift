import BeredskapCore

extension State {
    /// The incidents that still need something, in the order they were opened: the open ones, and the closed ones
    /// whose evaluation is still to do (Core's «Hva nå?» lists both).
    var activeIncidents: [Incident] { incidents.filter { $0.phase != .evaluated } }
}

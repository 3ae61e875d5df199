import Foundation

/// Which paper forms of an incident a batch action is about: a range of serials, or all forms issued to a place.
public enum FormSelection: Sendable, Equatable {
    /// Serials with the same prefix, from `first` through `last` by number, e.g. JN-0001 through JN-0040.
    case range(FormSerial, through: FormSerial)
    /// Every form issued to this ward or unit.
    case issuedTo(String)

    /// The selection in Norwegian, for refusals and dialogs.
    public var words: String {
        switch self {
        case .range(let first, let last): "\(first)–\(last)"
        case .issuedTo(let place): "utlevert til \(place)"
        }
    }
}

/// Many paper forms moved one step in one action (e.g. a ward's whole bundle returned), after the person
/// confirmed how many they see.
public struct FormsAdvanced: EventPayload {
    public static let type = "form.batch-advanced"
    public var body: EventBody { .formsAdvanced(self) }
    public var serials: [FormSerial]
    public var status: FormStatus
    public init(serials: [FormSerial], status: FormStatus) {
        self.serials = serials
        self.status = status
    }
}

extension FormSerial {
    /// The prefix and number of a serial as issued (`JN-0007` is `JN` and 7); nil for anything else.
    var parts: (prefix: String, number: Int)? {
        guard let dash = rawValue.lastIndex(of: "-"), let number = Int(rawValue[rawValue.index(after: dash)...]) else { return nil }
        return (String(rawValue[..<dash]), number)
    }

    /// Serials written as runs: `JN-0001–JN-0040, JN-0045`.
    public static func runs(_ serials: [FormSerial]) -> String {
        var runs: [(first: FormSerial, last: FormSerial)] = []
        for serial in serials {
            if let run = runs.last, let last = run.last.parts, let this = serial.parts,
               last.prefix == this.prefix, last.number + 1 == this.number {
                runs[runs.count - 1].last = serial
            } else {
                runs.append((serial, serial))
            }
        }
        return runs.map { $0.first == $0.last ? $0.first.rawValue : "\($0.first)–\($0.last)" }.joined(separator: ", ")
    }
}

extension FormStatus {
    /// The step before this one, if a form can be moved on to it.
    public var previous: FormStatus? { FormStatus.allCases.first { $0.next == self } }
}

extension Incident {
    /// The forms a selection names, in the order issued; nil when a range is not one (mixed prefixes, backwards,
    /// not serials). Dialogs show these and their count before a batch is moved.
    public func forms(_ selection: FormSelection) -> [PaperForm]? {
        switch selection {
        case .range(let first, let last):
            guard let from = first.parts, let to = last.parts, from.prefix == to.prefix, from.number <= to.number else { return nil }
            return forms.filter {
                guard let parts = $0.serial.parts else { return false }
                return parts.prefix == from.prefix && (from.number...to.number).contains(parts.number)
            }
        case .issuedTo(let place):
            let wanted = place.trimmingCharacters(in: .whitespaces).lowercased()
            return forms.filter { $0.issuedTo.trimmingCharacters(in: .whitespaces).lowercased() == wanted }
        }
    }

    /// The places forms were issued to, in the order first issued: the choices for a selection by place.
    public var formPlaces: [String] {
        var seen: Set<String> = []
        return forms.map(\.issuedTo).filter { seen.insert($0).inserted }
    }
}

extension Decision {
    /// Moves every selected form one step on, if all are at the step before and `count` is how many there are.
    mutating func advanceForms(_ id: IncidentID, _ selection: FormSelection, to status: FormStatus, count: Int) throws(Refusal) {
        let incident = try lookup(id, for: "oppdater papirskjema", in: Phase.open)
        guard let before = status.previous else { throw .noBatchStep(status) }
        guard let selected = incident.forms(selection) else { throw .formRange(selection) }
        guard !selected.isEmpty else { throw .noFormsSelected(selection) }
        let elsewhere = selected.filter { $0.status != before }
        guard elsewhere.isEmpty else { throw .formsNotAtStep(elsewhere.map(\.serial), expected: before, to: status) }
        guard count == selected.count else { throw .formCountMismatch(stated: count, selected: selected.count) }
        emit(id, .formsAdvanced(FormsAdvanced(serials: selected.map(\.serial), status: status)))
    }
}

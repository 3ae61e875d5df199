import Foundation

/// The organisation as Playbooks/ describes it: classes, systems, contacts, roles, levels, categories,
/// procedures, forms and templates. Read-only for Core; it changes only when the playbooks are edited.
public struct Organisation: Sendable, Equatable {
    public var name: String
    /// The playbooks' edition, printed on the binder and every page.
    public var version: String
    /// A demo or training organisation: said on every page.
    public var fictional: Bool
    /// Shown on every printed page (e.g. «Intern» or «Fortrolig»).
    public var classification: String
    /// Contacts verified longer ago than this are stale.
    public var contactMaxAgeDays: Int
    /// Procedures not exercised or used for longer than this are due for a test (Normen 5.9: at least yearly).
    public var exerciseIntervalDays: Int
    /// The organisation's wall clock: every time Core writes into a text (a message, a deadline) is in this zone,
    /// whatever machine runs the program.
    public var timeZone: TimeZone
    public var classes: [CriticalityClass]
    public var systems: [SystemEntry]
    public var contacts: [Contact]
    public var roles: [RoleDefinition]
    /// Who may take the decisions the playbooks reserve for a role (roller.yaml `decisions`).
    public var authority: [ReservedDecision: DecisionAuthority]
    /// What normal drift, the resting state, means here (nivaer.yaml).
    public var normalDrift: String
    /// The raised levels grønn, gul and rød.
    public var levels: [LevelDefinition]
    public var categories: [CategoryDefinition]
    public var procedures: [Procedure]
    public var forms: [FormDefinition]
    public var templates: [MessageTemplate]
    /// Tabletop exercise scenarios (`ovelser/`).
    public var scenarios: [ExerciseScenario]
    /// The rules and feedback questions printed in every exercise's kit.
    public var exerciseKit: ExerciseKitText
    /// The yearly test plan (`testplan.yaml`).
    public var testPlan: [PlannedTest]
    /// One hash over every procedure's content hash, set by the playbook loader: it changes when any procedure does,
    /// and the binder prints it.
    public var proceduresHash: String
    /// One hash over every playbook file the loader read, set by it (empty for an organisation built in code): the
    /// folded state depends on the playbooks, so a snapshot of state is only used under the same hash.
    public var playbooksHash: String
    /// Approval, change log, distribution and quick card (organisasjon.yaml); nil for an organisation built in
    /// code, which is under no document control and prints no approval mark.
    public var documentControl: DocumentControl?

    public init(name: String, version: String = "", fictional: Bool = false, classification: String = "Intern", contactMaxAgeDays: Int = 180, exerciseIntervalDays: Int = 365,
                timeZone: TimeZone = .oslo, normalDrift: String = "",
                classes: [CriticalityClass] = [], systems: [SystemEntry] = [], contacts: [Contact] = [],
                roles: [RoleDefinition] = [], levels: [LevelDefinition] = [], categories: [CategoryDefinition] = [],
                procedures: [Procedure] = [], forms: [FormDefinition] = [], templates: [MessageTemplate] = [],
                scenarios: [ExerciseScenario] = [], exerciseKit: ExerciseKitText = ExerciseKitText(), proceduresHash: String = "",
                playbooksHash: String = "", testPlan: [PlannedTest] = [],
                authority: [ReservedDecision: DecisionAuthority] = DecisionAuthority.defaults,
                documentControl: DocumentControl? = nil) {
        self.name = name
        self.version = version
        self.fictional = fictional
        self.classification = classification
        self.contactMaxAgeDays = contactMaxAgeDays
        self.exerciseIntervalDays = exerciseIntervalDays
        self.timeZone = timeZone
        self.normalDrift = normalDrift
        self.classes = classes
        self.systems = systems
        self.contacts = contacts
        self.roles = roles
        self.authority = authority
        self.levels = levels
        self.categories = categories
        self.procedures = procedures
        self.forms = forms
        self.templates = templates
        self.scenarios = scenarios
        self.exerciseKit = exerciseKit
        self.proceduresHash = proceduresHash
        self.playbooksHash = playbooksHash
        self.testPlan = testPlan
        self.documentControl = documentControl
    }

    /// An organisation with nothing registered: commands work, nothing is suggested from a register.
    public static let empty = Organisation(name: "")

    public func system(_ id: SystemID) -> SystemEntry? { systems.first { $0.id == id } }
    public func criticalityClass(_ id: String) -> CriticalityClass? { classes.first { $0.id == id } }
    public func contact(_ id: ContactID) -> Contact? { contacts.first { $0.id == id } }
    /// Whether the contact's numbers were verified longer ago than the organisation allows (factsheet 2c, 2d):
    /// the one rule behind the lint warning, the Varsling screen and the binder's mark.
    public func isStale(_ contact: Contact, at now: Date) -> Bool { contact.isStale(at: now, maxAgeDays: contactMaxAgeDays) }
    public func role(_ id: RoleID) -> RoleDefinition? { roles.first { $0.id == id } }
    public func level(_ level: ReadinessLevel) -> LevelDefinition? { levels.first { $0.level == level } }
    public func category(_ id: CategoryID) -> CategoryDefinition? { categories.first { $0.id == id } }
    public func procedure(_ id: ProcedureID) -> Procedure? { procedures.first { $0.id == id } }
    public func form(_ id: FormTypeID) -> FormDefinition? { forms.first { $0.id == id } }
    public func scenario(_ id: String) -> ExerciseScenario? { scenarios.first { $0.id == id } }

    /// The max outage time of a system: its own when the register sets a stricter one, else its class's.
    public func maxOutage(of id: SystemID) -> Minutes? {
        guard let system = system(id) else { return nil }
        return [system.maxOutage, criticalityClass(system.classID)?.maxOutage].compactMap { $0 }.min()
    }
}

/// One of Normen 5.9's five classes, with the max outage time (maksimal avbruddstid) management set for it.
public struct CriticalityClass: Sendable, Equatable {
    public var id: String
    public var name: String
    public var description: String
    /// 1 is the most critical.
    public var rank: Int
    public var maxOutage: Minutes
    /// One of the two most critical classes: where a missing procedure is an error and the register must say what
    /// losing the system means and which risk assessment stands behind it.
    public var isAmongTopTwo: Bool { rank <= 2 }
    public init(id: String, name: String, description: String, rank: Int, maxOutage: Minutes) {
        self.id = id
        self.name = name
        self.description = description
        self.rank = rank
        self.maxOutage = maxOutage
    }
}

/// Someone to call: phone numbers in the order to try them, and when the entry was last verified.
public struct Contact: Sendable, Equatable {
    public var id: ContactID
    public var name: String
    public var organisation: String
    public var role: String
    public var external: Bool
    public var phones: [String]
    public var verified: Date
    public init(id: ContactID, name: String, organisation: String, role: String, external: Bool, phones: [String], verified: Date) {
        self.id = id
        self.name = name
        self.organisation = organisation
        self.role = role
        self.external = external
        self.phones = phones
        self.verified = verified
    }

    /// How a notification names the contact: the name with the organisation (external) or the role's first clause.
    public var recipientLabel: String {
        let context = external ? organisation : String(role.prefix { $0 != ";" })
        return context.isEmpty ? name : "\(name) (\(context))"
    }

    /// Days since the entry was verified, at `now`.
    public func age(at now: Date) -> Int { Int(now.timeIntervalSince(verified) / 86400) }

    /// Verified more than `maxAgeDays` ago: the numbers may be wrong by now.
    public func isStale(at now: Date, maxAgeDays: Int) -> Bool { age(at: now) > maxAgeDays }
}

/// A krisestab role with its own short checklist, and its action cards: what it does first at each raised level.
public struct RoleDefinition: Sendable, Equatable {
    public var id: RoleID
    public var name: String
    public var description: String
    public var checklist: [String]
    /// Tiltakskort (factsheet 2e): the first actions per raised level, in order.
    public var actionCards: [ReadinessLevel: [String]]
    public init(id: RoleID, name: String, description: String, checklist: [String], actionCards: [ReadinessLevel: [String]] = [:]) {
        self.id = id
        self.name = name
        self.description = description
        self.checklist = checklist
        self.actionCards = actionCards
    }

    /// The first actions at `level`; empty when the role has no card for it.
    public func actionCard(for level: ReadinessLevel) -> [String] { actionCards[level] ?? [] }
}

/// Who must be notified within how long when a level is entered.
public struct NotifyRule: Sendable, Equatable {
    public var contact: ContactID
    public var within: Minutes
    public init(contact: ContactID, within: Minutes) {
        self.contact = contact
        self.within = within
    }
}

/// A task that starts when a level is entered, or a procedure step's deadline.
public struct TaskTemplate: Sendable, Equatable {
    public var title: String
    public var role: RoleID
    public var within: Minutes
    /// The event that completes the task when it is journaled.
    public var doneBy: Fulfilment?
    public init(title: String, role: RoleID, within: Minutes, doneBy: Fulfilment? = nil) {
        self.doneBy = doneBy
        self.title = title
        self.role = role
        self.within = within
    }
}

/// What a readiness level means, when it applies, who is notified, and what starts.
public struct LevelDefinition: Sendable, Equatable {
    public var level: ReadinessLevel
    public var meaning: String
    public var criteria: [String]
    public var notify: [NotifyRule]
    public var tasks: [TaskTemplate]
    /// Krisestab roles that must be filled at this level.
    public var roles: [RoleID]
    public init(level: ReadinessLevel, meaning: String, criteria: [String], notify: [NotifyRule], tasks: [TaskTemplate], roles: [RoleID]) {
        self.level = level
        self.meaning = meaning
        self.criteria = criteria
        self.notify = notify
        self.tasks = tasks
        self.roles = roles
    }
}

/// A hendelseskategori with its damage-limitation measures (factsheet 2c, 2g) and the bodies to consider notifying.
public struct CategoryDefinition: Sendable, Equatable {
    public var id: CategoryID
    public var name: String
    public var description: String
    public var measures: [String]
    public var notify: [NotifyRule]
    /// Bodies to consider notifying (e.g. Kripos when a protected address is involved): each needs a decision,
    /// recorded as a notification made or declined with a reason, before the incident can close.
    public var consider: [ContactID]
    /// Ondsinnet programvare or an attack: the management report lists each incident with the measures taken and
    /// their results (factsheet 12).
    public var malicious: Bool
    public init(id: CategoryID, name: String, description: String, measures: [String], notify: [NotifyRule],
                consider: [ContactID] = [], malicious: Bool = false) {
        self.id = id
        self.name = name
        self.description = description
        self.measures = measures
        self.notify = notify
        self.consider = consider
        self.malicious = malicious
    }
}

/// A paper form for løpende registrering (factsheet 2f). A clinical form is a patient record and identifies the
/// patient by hand on paper; Beredskap itself tracks the form by its serial only and never holds the identity.
public struct FormDefinition: Sendable, Equatable {
    public var id: FormTypeID
    public var title: String
    public var serialPrefix: SerialPrefix
    /// How the sheet identifies the patient (handwritten identity fields at the top).
    public var patient: PatientIdentity
    public var fields: [FormField]
    /// The hash of the form's definition as read from skjema.yaml, printed on every sheet.
    public var contentHash: String
    public init(id: FormTypeID, title: String, serialPrefix: SerialPrefix, patient: PatientIdentity = .none, fields: [FormField],
                contentHash: String = "") {
        self.patient = patient
        self.id = id
        self.title = title
        self.serialPrefix = serialPrefix
        self.fields = fields
        self.contentHash = contentHash
    }
}

/// Who a message is for (factsheet 2i).
public enum Audience: String, Codable, Sendable, Equatable, CaseIterable {
    case patients = "pasienter"
    case staff = "ansatte"
    case authorities = "myndigheter"
}

/// A prepared message with placeholders filled from the incident (never health data).
public struct MessageTemplate: Sendable, Equatable {
    public var id: TemplateID
    public var audience: Audience
    public var title: String
    public var text: String
    public init(id: TemplateID, audience: Audience, title: String, text: String) {
        self.id = id
        self.audience = audience
        self.title = title
        self.text = text
    }
}

/// How a clinical paper form identifies the patient: written by hand on the sheet, never typed into Beredskap.
public enum PatientIdentity: String, Sendable, Equatable, CaseIterable {
    /// Not a patient record (a log of messages, a stock list).
    case none = "ingen"
    /// A journal note, a medication chart, a requisition: name, and fødselsnummer, D-nummer or the hospital's
    /// reservenummer for an unidentified patient, with the date of birth.
    case patient = "pasient"
    /// Transfusion practice: two independent identifiers (name and fødselsnummer or D-nummer, or reservenummer),
    /// both required, and the bedside check against the patient by two people.
    case blood = "blod"

    /// The handwritten identity fields, in order.
    public var fields: [FormField] {
        switch self {
        case .none: []
        case .patient: [
            FormField("Pasientens navn (etternavn, fornavn)"),
            FormField("Fødselsnummer eller D-nummer (11 siffer), eller reservenummer for ukjent pasient"),
            FormField("Fødselsdato (dd.mm.åååå)", size: .short),
        ]
        case .blood: [
            FormField("Identifikator 1: pasientens navn (etternavn, fornavn)"),
            FormField("Identifikator 2: fødselsnummer eller D-nummer (11 siffer), eller reservenummer for ukjent pasient"),
            FormField("Identitet kontrollert ved sengen mot pasienten og armbåndet før transfusjon (to signaturer)"),
        ]
        }
    }
}

/// One field of a paper form, sized for what is written in it.
public struct FormField: Sendable, Equatable, ExpressibleByStringLiteral {
    public enum Size: String, Sendable, Equatable, CaseIterable {
        /// A tick box.
        case check = "kryss"
        /// A date, a time, a number.
        case short = "kort"
        /// One line of text (the default).
        case line = "linje"
        /// Running text: a journal note takes most of the page.
        case large = "stor"
    }
    public var label: String
    public var size: Size

    public init(_ label: String, size: Size = .line) {
        self.label = label
        self.size = size
    }

    public init(stringLiteral value: String) { self.init(value) }
}

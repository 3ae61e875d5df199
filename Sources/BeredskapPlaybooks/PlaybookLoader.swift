import BeredskapCore
import Foundation

/// Reads a playbooks directory into Core's `Organisation`, checking everything the console relies on.
public enum PlaybookLoader {
    /// Loads and lints `directory`. Never throws: a missing directory or file, a YAML syntax error, an unknown
    /// key or a dangling reference each become a diagnostic, and all of them are reported together.
    /// `now` is when contacts' `verified` dates are judged stale.
    public static func load(directory: String, now: Date) -> PlaybookReport {
        let context = LoadContext()
        guard let folder = PlaybookDirectory(path: directory, lint: context.lint) else {
            return PlaybookReport(organisation: nil, diagnostics: context.lint.sorted)
        }
        folder.reportUnknownFiles()
        var filesRead: [YAMLFile] = []
        // A file that cannot be read defines nothing; its own error stands in for every reference into it.
        func read<Value>(_ name: String, defining kind: Kind? = nil, otherwise empty: Value,
                         _ section: (YAMLFile, LoadContext) -> Value) -> Value {
            guard let file = folder.registerFile(name) else {
                kind.map(context.registry.markUnavailable)
                return empty
            }
            filesRead.append(file)
            return section(file, context)
        }

        let planHash = PlanHash.of(directory: directory)
        let settings = read("organisasjon.yaml", otherwise: OrganisationSettings()) {
            OrganisationSection.read($0, context: $1, planHash: planHash)
        }
        let classes = read("kritikalitet.yaml", defining: .criticalityClass, otherwise: [], ClassesSection.read)
        let systems = read("systemer.yaml", defining: .system, otherwise: []) { SystemsSection.read($0, context: $1, now: now) }
        let contacts = read("kontakter.yaml", defining: .contact, otherwise: []) {
            ContactsSection.read($0, context: $1, now: now, maxAgeDays: settings.contactMaxAgeDays)
        }
        let roles = read("roller.yaml", defining: .role, otherwise: RolesSection.Roles(), RolesSection.read)
        let levels = read("nivaer.yaml", otherwise: LevelsSection.Levels(), LevelsSection.read)
        let categories = read("kategorier.yaml", defining: .category, otherwise: [], CategoriesSection.read)
        let forms = read("skjema.yaml", defining: .form, otherwise: [], FormsSection.read)
        let templates = read("maler.yaml", otherwise: [], TemplatesSection.read)
        let procedureFiles = folder.procedureFiles()
        if !procedureFiles.allRead { context.registry.markUnavailable(.procedure) }
        let procedures = procedureFiles.files.map { ProcedureFile.read($0, context: context) }
        let scenarioFiles = folder.scenarioFiles()
        let scenarios = scenarioFiles.compactMap { ScenarioFile.read($0, context: context) }
        let testPlan = read("testplan.yaml", otherwise: TestPlanSection.Plan(), TestPlanSection.read)

        context.registry.reportUnknown()
        DependencyRules.check(systems, classes: classes, lint: context.lint)
        SystemDocumentation.check(systems, classes: classes, lint: context.lint)
        // Coverage is unknowable while a procedure file cannot be read: it may be the one naming the system.
        if procedureFiles.allRead {
            ProcedureCoverage.check(systems, procedures: procedures, classes: classes, lint: context.lint)
            testPlan.checkCoverage(of: procedures.compactMap(\.procedure?.id), lint: context.lint)
        }

        var organisation: Organisation?
        if !context.lint.hasErrors, let name = settings.name, let classification = settings.classification {
            organisation = Organisation(
                name: name, version: settings.version ?? "", fictional: settings.fictional, classification: classification, contactMaxAgeDays: settings.contactMaxAgeDays,
                exerciseIntervalDays: settings.exerciseIntervalDays, timeZone: settings.timeZone,
                normalDrift: levels.normalDrift ?? "", classes: classes, systems: systems.compactMap(\.entry),
                contacts: contacts, roles: roles.definitions, levels: levels.raised, categories: categories,
                procedures: procedures.compactMap(\.procedure), forms: forms, templates: templates, scenarios: scenarios,
                exerciseKit: settings.exerciseKit,
                proceduresHash: ContentHash.ofProcedures(procedures.compactMap(\.procedure)),
                playbooksHash: ContentHash.ofFiles(filesRead + procedureFiles.files + scenarioFiles), testPlan: testPlan.tests, authority: roles.authority,
                documentControl: settings.documentControl)
        }
        return PlaybookReport(organisation: organisation, diagnostics: context.lint.sorted)
    }
}

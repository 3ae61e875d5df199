/// The things playbooks define by id, with the Norwegian words messages need for them.
enum Kind: String, CaseIterable {
    case criticalityClass, system, contact, role, level, category, form, template, procedure, step, serialPrefix
    case scenario, objective, inject, expectation, department

    var subject: Subject {
        switch self {
        case .criticalityClass: Subject(definite: "klassen", indefinite: "en klasse")
        case .system: Subject(definite: "systemet", indefinite: "et system")
        case .contact: Subject(definite: "kontakten", indefinite: "en kontakt")
        case .role: Subject(definite: "rollen", indefinite: "en rolle")
        case .level: Subject(definite: "nivået", indefinite: "et nivå")
        case .category: Subject(definite: "kategorien", indefinite: "en kategori")
        case .form: Subject(definite: "skjemaet", indefinite: "et skjema")
        case .template: Subject(definite: "malen", indefinite: "en mal")
        case .procedure: Subject(definite: "prosedyren", indefinite: "en prosedyre")
        case .step: Subject(definite: "steget", indefinite: "et steg")
        case .serialPrefix: Subject(definite: "serieprefikset", indefinite: "et serieprefiks")
        case .scenario: Subject(definite: "scenariet", indefinite: "et scenario")
        case .objective: Subject(definite: "øvingsmålet", indefinite: "et øvingsmål")
        case .inject: Subject(definite: "innspillet", indefinite: "et innspill")
        case .expectation: Subject(definite: "forventningen", indefinite: "en forventning")
        case .department: Subject(definite: "avdelingen", indefinite: "en avdeling")
        }
    }

    /// As in «ukjent system «x»».
    var noun: String {
        switch self {
        case .criticalityClass: "kritikalitetsklasse"
        case .system: "system"
        case .contact: "kontakt"
        case .role: "rolle"
        case .level: "nivå"
        case .category: "hendelseskategori"
        case .form: "skjema"
        case .template: "mal"
        case .procedure: "prosedyre"
        case .step: "steg"
        case .serialPrefix: "serieprefiks"
        case .scenario: "scenario"
        case .objective: "øvingsmål"
        case .inject: "innspill"
        case .expectation: "forventning"
        case .department: "avdeling"
        }
    }

    /// Where an id of this kind is defined, for «legg den til i ...».
    var home: String {
        switch self {
        case .criticalityClass: "kritikalitet.yaml"
        case .system: "systemer.yaml"
        case .contact: "kontakter.yaml"
        case .role: "roller.yaml"
        case .level: "nivaer.yaml"
        case .category: "kategorier.yaml"
        case .form, .serialPrefix: "skjema.yaml"
        case .template: "maler.yaml"
        case .procedure: "prosedyrer/"
        case .step: "prosedyren"
        case .scenario: "ovelser/"
        case .objective, .inject, .expectation: "scenariet"
        case .department: "organisasjon.yaml under «distribution»"
        }
    }
}

/// How messages name what a mapping describes: «systemet «epj»» once its id is known, «et system» before.
struct Subject {
    var definite: String
    var indefinite: String

    func named(_ id: String?) -> String {
        id.map { "\(definite) «\($0)»" } ?? indefinite
    }
}

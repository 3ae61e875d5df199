import BeredskapCore
import Foundation

/// The binder's systems register: one table to find a system's class, max outage and dependencies at a glance, then
/// a sheet per system with what the planning steps of the factsheet recorded for it (1a-1g): what losing it means,
/// its risk assessment, who accepted its max outage, what the vendor agreement promises, and its procedures.
enum SystemRegisterSection {
    static func blocks(_ organisation: Organisation) -> [Block] {
        var blocks: [Block] = [
            .heading("Systemregister"),
            .note("Kritikalitetsklasse og maksimal avbruddstid (Normen 5.9). Et system er aldri mer tilgjengelig enn det det avhenger av."),
            .table(Table(columns: [.init("System", width: 0.22), .init("Klasse", width: 0.2), .init("Maks avbrudd", width: 0.13),
                                   .init("Avhenger av", width: 0.25), .init("Eier", width: 0.2)],
                         rows: organisation.systems.map { overview($0, organisation) })),
        ]
        for system in organisation.systems {
            blocks.append(.subheading(system.name))
            blocks.append(.table(Table(columns: [.init("", width: 0.3), .init("", width: 0.7)], rows: sheet(system, organisation))))
        }
        return blocks
    }

    private static func overview(_ system: SystemEntry, _ organisation: Organisation) -> [String] {
        let criticality = organisation.criticalityClass(system.classID)
        let dependencies = system.dependsOn.map { organisation.system($0)?.name ?? $0.rawValue }
        return [system.name, criticality?.name ?? system.classID, organisation.maxOutage(of: system.id).map { "\($0)" } ?? "",
                dependencies.isEmpty ? "–" : dependencies.joined(separator: ", "), system.owner]
    }

    private static func sheet(_ system: SystemEntry, _ organisation: Organisation) -> [[String]] {
        let day = { (date: Date) in Timestamps.day(date, timeZone: organisation.timeZone) }
        var rows = [
            ["Konsekvens ved bortfall (1a)", system.consequence ?? "ikke beskrevet"],
            ["Risikovurdering (1d)", system.riskAssessment ?? "ingen henvisning"],
            ["Maks avbrudd godkjent (1e)", system.maxOutageApproved.map { "\($0.by), \(day($0.on))" } ?? "ikke registrert"],
            ["Systemeier", system.owner],
        ]
        if let vendor = system.vendor {
            rows.append(["Leverandør", organisation.contact(vendor)?.recipientLabel ?? vendor.rawValue])
        }
        if let agreement = system.agreement {
            rows += [agreement.reference.map { ["Avtale (1g)", $0] },
                     ["Roller", agreement.roles.joined(separator: "; ")],
                     agreement.responseTime.map { ["Svartid", "\($0)"] },
                     ["Leveranser ved bortfall", agreement.deliveries.joined(separator: "; ")],
                     agreement.vendorProcedures.map { ["Leverandørens nødprosedyrer", $0] }].compactMap { $0 }
        }
        let procedures = organisation.procedures.filter { $0.systems.contains(system.id) || system.procedures.contains($0.id.rawValue) }
        rows.append(["Nødprosedyrer (1f)", procedures.isEmpty ? "ingen"
                        : procedures.map { "\($0.title) (\($0.mode.word))" }.joined(separator: "; ")])
        return rows
    }
}

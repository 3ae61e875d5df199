import Foundation

extension EventBody {
    /// One line in Norwegian for the timeline, the status report and exports, with times on the organisation's
    /// wall clock. Free text is made inert.
    public func summary(in organisation: Organisation) -> String {
        InertText.make(rawSummary(organisation))
    }

    /// The log is evidence: people read names (the step's text, the role's and the form's names), not internal ids.
    private func rawSummary(_ organisation: Organisation) -> String {
        func local(_ date: Date) -> String { Timestamps.local(date, timeZone: organisation.timeZone) }
        func day(_ date: Date) -> String { Timestamps.day(date, timeZone: organisation.timeZone) }
        func category(_ id: CategoryID) -> String { organisation.category(id)?.name ?? id.rawValue }
        func role(_ id: RoleID) -> String { organisation.role(id)?.name ?? id.rawValue }
        func form(_ id: FormTypeID) -> String { organisation.form(id)?.title ?? id.rawValue }
        func system(_ id: SystemID) -> String { organisation.system(id)?.name ?? id.rawValue }
        func procedureTitle(_ ref: ProcedureRef) -> String { organisation.procedure(ref.id)?.title ?? ref.id.rawValue }
        func stepText(_ ref: ProcedureRef, _ id: StepID) -> String {
            organisation.procedure(ref.id)?.steps.values.joined().first { $0.id == id }.map { "«\($0.text)»" } ?? "\(id) i \(ref.id)"
        }
        return switch self {
        case .incidentOpened(let p):
            "Hendelse opprettet: \(p.title)" + (p.detectedBy.map { " (oppdaget av \($0))" } ?? "")
        case .incidentTriaged(let p):
            "Vurdert: \(p.systems.map(system).joined(separator: ", ")); kategori \(organisation.category(p.category)?.name ?? p.category.rawValue); "
                + "alvorlighetsgrad \(p.severity.rawValue); foreslått nivå \(p.suggestedLevel.word). \(p.consequence)"
        case .responseStarted(let p): "Håndtering startet" + note(p.note)
        case .controlConfirmed(let p): "Kontroll og situasjonsforståelse bekreftet: \(p.note)" + RelayMark.text(p.onBehalfOf)
        case .restorationStarted(let p): "Gjenoppretting startet" + note(p.note)
        case .serviceRestored(let p): "Tjenesten er gjenopprettet; ajourføring starter" + note(p.note)
        case .incidentClosed(let p):
            p.dismissal.map { "Hendelse avvist: \($0). \(p.summary)" } ?? "Hendelse avsluttet: \(p.summary)"
        case .incidentEvaluated(let p):
            "Evaluert: \(p.lessons.count) læringspunkt, \(p.actions.count) tiltak"
        case .levelChanged(let p):
            "Beredskapsnivå \(p.from.word) → \(p.to.word): \(p.reason)" + RelayMark.text(p.onBehalfOf)
        case .levelKept(let p): "Beredskapsnivå \(p.level.word) beholdes: \(p.reason)"
        case .logEntry(let p): p.text
        case .entryCorrected(let p):
            "Korrigerer nr. \(p.corrects): \(p.text) (begrunnelse: \(p.reason))"
                + (p.fact.map { "; \($0.summary(in: organisation))" } ?? "")
        case .taskAssigned(let p):
            "Oppgave \(p.task) til \(role(p.role)): \(p.title)" + (p.due.map { ", frist \(local($0))" } ?? "")
        case .taskCompleted(let p): "Oppgave \(p.task) utført" + note(p.note)
        case .taskCancelled(let p): "Oppgave \(p.task) avlyst: \(p.reason)"
        case .roleAssigned(let p):
            "\(role(p.role)): \(p.person)" + (p.handoverNote.map { " (overlevering: \($0))" } ?? "") + RelayMark.text(p.onBehalfOf)
        case .notificationRequired(let p):
            "Varsling \(p.duty): \(p.recipient)" + (p.mandatory ? " (påkrevd)" : "")
                + (p.due.map { ", frist \(local($0))" } ?? "")
        case .callAttempted(let p):
            "Varsling \(p.duty): \(p.outcome.word)" + (p.number.map { " på \($0)" } ?? "") + note(p.note)
        case .notificationDeclined(let p): "Varsling \(p.duty) avslått: \(p.reason)"
        case .fallbackActivated(let p):
            "Alternativ drift aktivert: \(p.mode.word)" + (p.procedure.map { " etter «\(procedureTitle($0))»" } ?? "")
        case .fallbackEnded(let p): "Alternativ drift avsluttet: \(p.mode.word)"
        case .stepCompleted(let p): "Steg kvittert: \(stepText(p.procedure, p.step)) (\(procedureTitle(p.procedure)))"
        case .formsIssued(let p):
            "Papirskjema «\(form(p.form))» utlevert til \(p.issuedTo): " + Self.serialRange(p.serials)
        case .formAdvanced(let p): "Papirskjema \(p.serial): \(p.status.rawValue)"
        case .formsAdvanced(let p): "\(p.serials.count) skjema \(FormSerial.runs(p.serials)) \(p.status.rawValue)"
        case .formWaived(let p): "Papirskjema \(p.serial) frafalt: \(p.reason)"
        case .messageDrafted(let p): "Melding \(p.message) til \(p.recipients) utarbeidet (mal «\(organisation.templates.first { $0.id == p.template }?.title ?? p.template.rawValue)»)"
        case .messageApproved(let p): "Melding \(p.message) godkjent av krisestabsleder"
        case .messageApprovedVerbally(let p):
            "Melding \(p.message) godkjent muntlig av krisestabsleder \(p.approver) kl. \(Timestamps.clock(p.givenAt, timeZone: organisation.timeZone))"
        case .messageSent(let p): "Melding \(p.message) sendt (\(p.channel))"
        case .breachDetailsRecorded:
            "Opplysninger om personvernbruddet registrert"
        case .breachReported(let p):
            "Melding til Datatilsynet sendt (\(p.stage.rawValue))" + (p.missing.isEmpty ? "" : "; mangler \(p.missing.count) punkt")
                + (p.delayReason.map { "; årsak til forsinkelse: \($0)" } ?? "")
        case .deviationRegistered(let p):
            "Avvik \(p.deviation) registrert: \(p.report.what)" + (p.report.system.map { "; system \(system($0))" } ?? "")
                + (p.report.category.map { "; årsak \(category($0))" } ?? "") + (p.report.risk.map { "; risiko \($0.grading)" } ?? "")
        case .deviationMeasureAdded(let p):
            "Avvik \(p.deviation): tiltak \(p.measure) til \(p.owner), frist \(local(p.due)): \(p.text)"
                + (p.cost.map { "; kostnad \($0)" } ?? "") + (p.approval.map { "; godkjent av \($0.by) \(day($0.on))" } ?? "")
        case .deviationMeasureApproved(let p):
            "Avvik \(p.deviation): tiltak \(p.measure) godkjent av \(p.approval.by) \(day(p.approval.on))"
        case .deviationRiskAssessed(let p):
            "Avvik \(p.deviation): risiko vurdert som \(p.risk.grading): \(p.risk.text)"
        case .deviationCauseRecorded(let p):
            "Avvik \(p.deviation): system \(p.system.map(system) ?? "ingen"), årsak \(p.category.map(category) ?? "ikke fastsatt")"
        case .deviationMeasureUpdated(let p):
            "Avvik \(p.deviation): tiltak \(p.measure) \(p.status.rawValue)" + note(p.note)
        case .deviationClosed(let p):
            "Avvik \(p.deviation) lukket: \(p.assessment)"
        case .privacyBreachFlagged(let p):
            "Brudd på personopplysningssikkerheten; kjent fra \(local(p.awareAt)): \(p.note)"
        case .exerciseStarted(let p):
            "ØVELSE startet: \(p.scenario.title) (scenario \(p.scenario.id), \(p.scenario.injects.count) innspill"
                + (p.tempo.map { ", tempo \($0)" } ?? "") + ")"
        case .injectReleased(let p): "Innspill \(p.inject) gitt ut"
        case .injectSkipped(let p): "Innspill \(p.inject) hoppet over: \(p.reason)"
        case .exerciseClockPaused(let p): "Øvelsesklokken stoppet" + note(p.reason)
        case .exerciseClockResumed: "Øvelsesklokken går igjen"
        case .expectationAssessed(let p): "Forventning \(p.expectation): \(p.rating.word)" + note(p.note)
        case .observerNoted(let p): "Observasjon" + (p.inject.map { " (innspill \($0))" } ?? "") + ": \(p.text)"
        case .exerciseEnded(let p): "ØVELSE avsluttet (ENDEX)" + note(p.note)
        case .exerciseEvaluated(let p): "Øvelsen evaluert: \(Count.phrase(p.lessons.count, "læringspunkt", "læringspunkter")), \(p.actions.count) tiltak"
        case .hotWashNoted(let p): "Hot wash, \(p.kind.rawValue)" + (p.question.map { " på spørsmål \($0)" } ?? "") + ": \(p.text)"
        case .correctiveActionClosed(let p): "Tiltak \(p.action) lukket: \(p.note)"
        case .measureCompleted(let p):
            "Skadebegrensende tiltak kvittert: «\(p.text)» (\(organisation.category(p.category)?.name ?? p.category.rawValue))"
        case .procedureTestRecorded(let p):
            "\(p.kind.word.capitalized) av «\(procedureTitle(p.procedure))»: \(p.outcome.rawValue)" + note(p.note)
        case .trainingRecorded(let p):
            "Opplæring: \(p.person) i " + (p.procedure.map { "«\(procedureTitle($0))»" } ?? "rollen \(p.role?.rawValue ?? "")") + note(p.note)
        }
    }

    private func note(_ text: String?) -> String { text.map { ": \($0)" } ?? "" }

    private static func serialRange(_ serials: [FormSerial]) -> String {
        guard let first = serials.first, let last = serials.last else { return "" }
        return first == last ? first.rawValue : "\(first)–\(last) (\(serials.count) stk.)"
    }
}

import Foundation

/// Why a command was refused. Nothing is written for a refused command; `message` says why in Norwegian
/// and, where it helps, what to do instead.
public enum Refusal: Error, Sendable, Equatable, CustomStringConvertible {
    case unknownIncident(IncidentID)
    case wrongPhase(IncidentID, phase: Phase, action: String, allowed: [Phase])
    case emptyText(field: String)
    case personalIdentityNumber(field: String)
    case futureTime(Date, TimeZone)
    case beforeIncident(IncidentID, occurred: Date, detected: Date, TimeZone)
    case noSystems
    case sameLevel(ReadinessLevel)
    case raiseWithoutIncident
    case notOpen(IncidentID)
    case controlNotConfirmed(IncidentID)
    case unsettledForms(IncidentID, [FormSerial])
    case outstandingNotifications(IncidentID, [String])
    case levelDecisionNeeded(ReadinessLevel)
    case unknownSeq(Int, last: Int)
    case unknownTask(TaskID)
    case taskNotOpen(TaskID)
    case unknownDuty(DutyID)
    case dutySettled(DutyID)
    case unknownForm(FormSerial)
    case unknownFormType(FormTypeID, known: [FormTypeID])
    case formWithoutPrefix(FormTypeID)
    case unfinishedWork(IncidentID, [String])
    case measureDueInThePast(Date, TimeZone)
    case formStep(FormSerial, from: FormStatus, to: FormStatus)
    case formCount(Int)
    case fallbackAlreadyActive(FallbackMode)
    case fallbackNotActive(FallbackMode)
    case stepAlreadyCompleted(StepID)
    case privacyBreachAlreadyFlagged(IncidentID)
    case noLessons
    case unknownRole(RoleID)
    case unknownTemplate(TemplateID)
    case unknownMessage(MessageID)
    case messageAlreadyApproved(MessageID)
    case messageNotApproved(MessageID)
    case messageUnfinished(MessageID, String)
    case noApprover
    case notTheFacilitator(String)
    case reservedDecision(ReservedDecision, roleName: String, holder: String?, relayAllowed: Bool)
    case relayNotAllowed(ReservedDecision, roleName: String)
    case relayedForNonHolder(ReservedDecision, named: String, roleName: String, holder: String)
    case notTheApprover(String)
    case noPrivacyBreach(IncidentID)
    case breachDelayReasonNeeded(IncidentID)
    case breachReportIncomplete(IncidentID, [String])
    case negativeCount(Int)
    case unknownDeviation(DeviationID)
    case deviationClosed(DeviationID)
    case unknownMeasure(MeasureID)
    case measureSettled(MeasureID)
    case openMeasures(DeviationID, [MeasureID])
    case measureAlreadyApproved(MeasureID, Approval, TimeZone)
    case approvalInTheFuture(Date, TimeZone)
    case deviationCauseUnchanged(DeviationID)
    case unknownSystem(SystemID)
    case unknownCategory(CategoryID)
    case notAnExercise
    case noExercise
    case exerciseAlreadyStarted(String)
    case scenarioWithoutInjects(String)
    case exerciseEnded
    case exerciseNotEnded
    case exerciseAlreadyPaused
    case exerciseNotPaused
    case exerciseAlreadyEvaluated
    /// An answer without a question of the scenario's (or with a number it has not); `questions` is how many it has.
    case hotWashQuestion(Int?, questions: Int)
    case questionOnlyForAnswers
    case unknownInject(InjectID, known: [InjectID])
    case injectSettled(InjectID, released: Bool)
    case unknownExpectation(ExpectationID, known: [ExpectationID])
    case assessmentNeedsNote(ExpectationID, ExpectationRating)
    case unknownCorrectiveAction(CorrectiveActionID)
    case correctiveActionClosed(CorrectiveActionID)
    case factNeedsIncident
    case factCorrectionClosed(IncidentID)
    case noCallAt(Int, recipient: String)
    case callOutcomeUnchanged(Int, CallOutcome)
    /// `step` is the step's text where the playbooks hold it.
    case noStepTickAt(Int, step: String)
    case noFormChangeAt(Int, FormSerial)
    case formMovedOnSince(FormSerial, seq: Int, status: FormStatus)
    case noTriageAt(Int, IncidentID)
    case triageNotRedone(Int, by: Int)
    case verbalApproverNotLead(named: String, lead: String)
    case noBatchStep(FormStatus)
    case formRange(FormSelection)
    case noFormsSelected(FormSelection)
    case formsNotAtStep([FormSerial], expected: FormStatus, to: FormStatus)
    case formCountMismatch(stated: Int, selected: Int)
    /// The categories' names where the playbooks hold them.
    case measureNotForCategory(String, incidentCategory: String?)
    case unknownCategoryMeasure(String, index: Int)
    case measureAlreadyCompleted(String)
    case testInExercise
    case numberInExercise
    case unknownProcedure(ProcedureID, known: [ProcedureID])
    case testKindPlayed(TestKind)
    case trainingSubject

    public var description: String { message }

    public var message: String {
        switch self {
        case .unknownIncident(let id):
            "Fant ingen hendelse med id \(id). Se `beredskap status` for åpne hendelser."
        case .wrongPhase(let id, let phase, let action, let allowed):
            "Hendelse \(id) er i fase «\(phase.word)»; «\(action)» kan bare gjøres i fase "
                + allowed.map { "«\($0.word)»" }.joined(separator: " eller ") + "."
        case .emptyText(let field):
            "Feltet «\(field)» kan ikke være tomt."
        case .personalIdentityNumber(let field):
            "Feltet «\(field)» ser ut til å inneholde et fødselsnummer eller D-nummer. Pasienter skal ikke kunne "
                + "identifiseres i loggen (Normen 2.3, 5.5.4): bruk skjemaets løpenummer eller avdeling og seng."
        case .futureTime(let date, let timeZone):
            "Tidspunktet \(Timestamps.local(date, timeZone: timeZone)) ligger fram i tid. En etterregistrering gjelder noe som alt har skjedd."
        case .beforeIncident(let id, let occurred, let detected, let timeZone):
            "Tidspunktet \(Timestamps.local(occurred, timeZone: timeZone)) er før hendelse \(id) ble oppdaget "
                + "(\(Timestamps.local(detected, timeZone: timeZone))). Kontroller dato og klokkeslett; en etterregistrering "
                + "gjelder noe som skjedde under hendelsen."
        case .noSystems:
            "Velg minst ett berørt system."
        case .sameLevel(let level):
            "Beredskapsnivået er allerede \(level.word)."
        case .raiseWithoutIncident:
            "Å heve beredskapsnivået krever minst én åpen hendelse som begrunnelse."
        case .notOpen(let id):
            "Hendelse \(id) er avsluttet; den kan ikke endres. Før en korrigering i stedet."
        case .controlNotConfirmed(let id):
            "Gjenoppretting kan først starte når noen har bekreftet kontroll og situasjonsforståelse for \(id) "
                + "(faktaark 2h). Bekreft kontroll først."
        case .unsettledForms(let id, let serials):
            "Hendelse \(id) kan ikke avsluttes: \(serials.count) papirskjema er ikke ajourført ("
                + serials.map(\.rawValue).joined(separator: ", ") + "). Kontroller eller frafall dem med begrunnelse."
        case .outstandingNotifications(let id, let recipients):
            "Hendelse \(id) kan ikke avsluttes: påkrevd varsling mangler (" + recipients.joined(separator: ", ")
                + "). Varsle, eller avslå varslingen med begrunnelse."
        case .levelDecisionNeeded(let level):
            "Dette er den siste åpne hendelsen, og beredskapsnivået er \(level.word). Beslutt om nivået skal senkes "
                + "eller beholdes, med begrunnelse."
        case .unknownSeq(let seq, let last):
            "Det finnes ingen loggføring nr. \(seq) å korrigere (siste er nr. \(last))."
        case .unknownTask(let id):
            "Fant ingen oppgave \(id)."
        case .taskNotOpen(let id):
            "Oppgave \(id) er allerede utført eller avlyst."
        case .unknownDuty(let id):
            "Fant ingen varsling \(id)."
        case .dutySettled(let id):
            "Varsling \(id) er allerede gjennomført eller avslått."
        case .unknownForm(let serial):
            "Fant ikke papirskjema \(serial) i denne hendelsen."
        case .unknownFormType(let form, let known):
            "Fant ingen skjematype «\(form)» (skjema.yaml)."
                + (known.isEmpty ? " Ingen skjema er definert." : " Kjente: \(known.map(\.rawValue).joined(separator: ", ")).")
        case .measureDueInThePast(let due, let timeZone):
            "Fristen \(Timestamps.day(due, timeZone: timeZone)) er allerede passert. Sett en frist fram i tid for tiltaket."
        case .unfinishedWork(let id, let items):
            "\(id) har \(Count.phrase(items.count, "punkt som ikke er gjort", "punkter som ikke er gjort")): "
                + items.prefix(5).joined(separator: "; ") + (items.count > 5 ? "; …" : "")
                + ". Gjør dem ferdig, eller lukk likevel med en begrunnelse."
        case .formWithoutPrefix(let form):
            "Skjematypen «\(form)» har ikke noe løpenummerprefiks (skjema.yaml, serial_prefix); rett det og kjør beredskap lint."
        case .formStep(let serial, let from, let to):
            "Papirskjema \(serial) er «\(from.rawValue)» og kan ikke settes til «\(to.rawValue)»"
                + (from.next.map { "; neste steg er «\($0.rawValue)»." } ?? ".")
        case .formCount(let count):
            "Antall skjema må være mellom 1 og 500 (fikk \(count))."
        case .fallbackAlreadyActive(let mode):
            "\(mode.title) er allerede aktivert."
        case .fallbackNotActive(let mode):
            "\(mode.title) er ikke aktivert."
        case .stepAlreadyCompleted(let step):
            "Steget «\(step)» er allerede kvittert ut."
        case .privacyBreachAlreadyFlagged(let id):
            "Hendelse \(id) er allerede markert som brudd på personopplysningssikkerheten."
        case .noLessons:
            "Evalueringen må ha minst én læring."
        case .unknownRole(let id):
            "Fant ingen rolle «\(id)» (roller.yaml)."
        case .unknownTemplate(let id):
            "Fant ingen meldingsmal «\(id)» (maler.yaml)."
        case .unknownMessage(let id):
            "Fant ingen melding \(id) i hendelsen."
        case .messageAlreadyApproved(let id):
            "Melding \(id) er allerede godkjent."
        case .messageNotApproved(let id):
            "Melding \(id) er ikke godkjent av krisestabsleder, og kan ikke sendes ennå (faktaark 2i)."
        case .messageUnfinished(let id, let gap):
            "Melding \(id) har fortsatt \(gap) som må fylles inn. Lag et nytt utkast med ferdig tekst før godkjenning."
        case .reservedDecision(let decision, let roleName, let holder?, let relayAllowed):
            "Bare \(roleName) (\(holder)) kan \(decision.words) (roller.yaml). "
                + (relayAllowed ? "Er beslutningen gitt på telefon, før den inn på vegne av \(holder)." : "Be \(holder) gjøre det selv.")
        case .reservedDecision(let decision, let roleName, nil, let relayAllowed):
            "Bare \(roleName) kan \(decision.words) (roller.yaml), og ingen har rollen nå. Utpek rollen først"
                + (relayAllowed ? ", eller før beslutningen inn på vegne av den som tok den." : ".")
        case .relayNotAllowed(let decision, let roleName):
            "Playbooks tillater ikke at andre fører inn beslutningen om å \(decision.words) på vegne av \(roleName); "
                + "den som har rollen, må gjøre det selv (roller.yaml)."
        case .relayedForNonHolder(let decision, let named, let roleName, let holder):
            "\(named) har ikke rollen \(roleName); den har \(holder). Bare \(holder) kan \(decision.words): "
                + "før beslutningen inn på vegne av \(holder), eller utpek rollen på nytt først."
        case .notTheFacilitator(let facilitator):
            "Bare øvingslederen (\(facilitator), som startet øvelsen) kan styre den: slippe og hoppe over innspill, pause, "
                + "vurdere, observere og avslutte. Deltakere fører hendelsen som ellers."
        case .noApprover:
            "Ingen krisestabsleder er utnevnt; meldinger godkjennes av krisestabsleder. Utnevn rollen først."
        case .notTheApprover(let lead):
            "Bare krisestabsleder (\(lead)) kan godkjenne meldinger. Er godkjenningen gitt på telefon, registrer den som "
                + "muntlig godkjenning fra \(lead)."
        case .noPrivacyBreach(let id):
            "Hendelse \(id) er ikke markert som brudd på personopplysningssikkerheten. Marker den først, med når "
                + "virksomheten fikk kjennskap til bruddet."
        case .breachDelayReasonNeeded(let id):
            "Det er gått mer enn 72 timer siden virksomheten fikk kjennskap til bruddet i \(id). Meldingen må oppgi "
                + "årsaken til forsinkelsen (Normen 5.8.1)."
        case .breachReportIncomplete(let id, let missing):
            "Den endelige meldingen for \(id) mangler: " + missing.joined(separator: "; ")
                + ". Send en foreløpig eller supplerende melding, eller registrer opplysningene først."
        case .negativeCount(let count):
            "Antallet kan ikke være negativt (fikk \(count))."
        case .unknownDeviation(let id):
            "Fant ikke avvik \(id). Se `beredskap avvik list`."
        case .deviationClosed(let id):
            "Avvik \(id) er lukket og kan ikke endres. Registrer et nytt avvik om saken ikke er løst."
        case .unknownMeasure(let id):
            "Fant ikke tiltak \(id) i avviket."
        case .measureSettled(let id):
            "Tiltak \(id) er allerede fullført eller forkastet."
        case .openMeasures(let id, let measures):
            "Avvik \(id) kan ikke lukkes før alle tiltak er fullført eller forkastet med begrunnelse ("
                + measures.map(\.rawValue).joined(separator: ", ") + ")."
        case .measureAlreadyApproved(let id, let approval, let timeZone):
            "Tiltak \(id) er allerede godkjent av \(approval.by) \(Timestamps.day(approval.on, timeZone: timeZone))."
        case .approvalInTheFuture(let date, let timeZone):
            "Godkjenningsdatoen \(Timestamps.day(date, timeZone: timeZone)) ligger fram i tid. Skriv dagen tiltaket faktisk ble godkjent."
        case .deviationCauseUnchanged(let id):
            "Avvik \(id) har allerede dette systemet og denne årsaken; ingenting å endre."
        case .unknownSystem(let id):
            "Systemet «\(id)» finnes ikke i systemregisteret (systemer.yaml). Velg et registrert system."
        case .unknownCategory(let id):
            "Hendelseskategorien «\(id)» finnes ikke (kategorier.yaml)."
        case .notAnExercise:
            "Dette er den reelle journalen. Øvelser føres i en egen øvelsesjournal, så de aldri blandes med virkelige "
                + "hendelser: start en med `beredskap exercise start SCENARIO`."
        case .noExercise:
            "Ingen øvelse er startet i denne journalen. Start en med `beredskap exercise start SCENARIO`."
        case .exerciseAlreadyStarted(let title):
            "Øvelsen «\(title)» er allerede startet i denne journalen. En ny øvelse får sin egen journal."
        case .scenarioWithoutInjects(let id):
            "Scenariet «\(id)» har ingen innspill (injects), så det er ingenting å øve på. Kjør `beredskap lint`."
        case .exerciseEnded:
            "Øvelsen er avsluttet (ENDEX); klokken og innspillene kan ikke endres lenger. Hot wash og evaluering gjenstår."
        case .exerciseNotEnded:
            "Øvelsen pågår fortsatt. Avslutt den (ENDEX) med `beredskap exercise end` før hot wash og evaluering."
        case .exerciseAlreadyPaused:
            "Øvelsesklokken står allerede stille. Start den igjen med `beredskap exercise resume`."
        case .exerciseNotPaused:
            "Øvelsesklokken går allerede."
        case .exerciseAlreadyEvaluated:
            "Øvelsen er allerede evaluert. Lukk tiltak med `beredskap action close`, eller før nye funn som observasjoner."
        case .hotWashQuestion(let question, let questions):
            if questions == 0 {
                "Bare hot wash etter en øvelse har spørsmål fra scenariet. Før punktet som styrke eller forbedring."
            } else if let question {
                "Scenariet har ikke spørsmål \(question); spørsmålene er nummerert 1–\(questions)."
            } else {
                "Et svar hører til et av scenariets spørsmål: oppgi hvilket (1–\(questions))."
            }
        case .questionOnlyForAnswers:
            "Bare svar hører til et av scenariets spørsmål; styrker og forbedringsområder føres uten spørsmål."
        case .unknownInject(let id, let known):
            "Scenariet har ikke noe innspill «\(id)». Innspillene er " + known.map(\.rawValue).joined(separator: ", ") + "."
        case .injectSettled(let id, let released):
            "Innspill \(id) er allerede " + (released ? "gitt ut." : "hoppet over.")
        case .unknownExpectation(let id, let known):
            "Scenariet har ingen forventning «\(id)». Forventningene er " + known.map(\.rawValue).joined(separator: ", ") + "."
        case .assessmentNeedsNote(let id, let rating):
            "Forventning \(id) vurdert som «\(rating.word)» trenger en merknad: hva manglet, og hva ble gjort i stedet?"
        case .unknownCorrectiveAction(let id):
            "Fant ikke tiltak \(id) i forbedringsplanen. Se `beredskap action list`."
        case .correctiveActionClosed(let id):
            "Tiltak \(id) er allerede lukket."
        case .factNeedsIncident:
            "En korrigering som retter en status, må gjelde en hendelse. Velg hendelsen linjen hører til."
        case .factCorrectionClosed(let id):
            "Hendelse \(id) er avsluttet, så statusen kan ikke rettes lenger. Før korrigeringen som tekst uten statusendring."
        case .noCallAt(let seq, let recipient):
            "Loggføring nr. \(seq) er ikke et anrop til \(recipient). Velg linjen med anropet som skal rettes."
        case .callOutcomeUnchanged(let seq, let outcome):
            "Anropet i nr. \(seq) er allerede registrert som «\(outcome.rawValue)»."
        case .noStepTickAt(let seq, let step):
            "Loggføring nr. \(seq) kvitterte ikke ut steget «\(step)», eller steget er allerede åpnet igjen. "
                + "Velg linjen der steget ble kvittert ut."
        case .noFormChangeAt(let seq, let serial):
            "Loggføring nr. \(seq) flyttet ikke papirskjema \(serial) et steg. Velg linjen der skjemaet ble flyttet."
        case .formMovedOnSince(let serial, let seq, let status):
            "Papirskjema \(serial) er flyttet videre etter nr. \(seq) og er nå «\(status.rawValue)». Rett det siste steget først."
        case .noTriageAt(let seq, let id):
            "Loggføring nr. \(seq) er ikke en vurdering av hendelse \(id)."
        case .triageNotRedone(let seq, let newer):
            "Nr. \(newer) er ikke en ny vurdering av samme hendelse etter nr. \(seq). Vurder hendelsen på nytt først, "
                + "og la korrigeringen peke på den nye vurderingen."
        case .verbalApproverNotLead(let named, let lead):
            "\(named) er ikke krisestabsleder. Bare krisestabsleder (\(lead)) kan godkjenne meldinger, også muntlig."
        case .noBatchStep(let status):
            "Papirskjema kan ikke settes samlet til «\(status.rawValue)». Velg «\(FormStatus.returned.rawValue)», "
                + "«\(FormStatus.entered.rawValue)» eller «\(FormStatus.verified.rawValue)»."
        case .formRange(let selection):
            "«\(selection.words)» er ikke et gyldig område: begge løpenumrene må ha samme prefiks, og det laveste må stå først."
        case .noFormsSelected(let selection):
            "Ingen papirskjema i hendelsen passer utvalget «\(selection.words)»."
        case .formsNotAtStep(let serials, let expected, let status):
            "\(serials.count) av skjemaene er ikke «\(expected.rawValue)» og kan ikke settes til «\(status.rawValue)»: "
                + FormSerial.runs(serials) + ". Flytt dem hver for seg, eller velg et annet utvalg."
        case .formCountMismatch(let stated, let selected):
            "Utvalget gjelder \(selected) skjema, ikke \(stated). Tell over og oppgi antallet du ser."
        case .measureNotForCategory(let category, let incidentCategory):
            incidentCategory.map { "Hendelsen er vurdert i kategorien «\($0)», ikke «\(category)». Kvitter ut tiltakene for den kategorien." }
                ?? "Hendelsen er ikke vurdert ennå. Tiltakene følger kategorien som settes i vurderingen."
        case .unknownCategoryMeasure(let category, let index):
            "Kategorien «\(category)» har ikke noe tiltak nr. \(index + 1) (kategorier.yaml)."
        case .measureAlreadyCompleted(let text):
            "Tiltaket «\(text)» er allerede kvittert ut."
        case .testInExercise:
            "Tester av prosedyrene og opplæring registreres i den reelle journalen, ikke i en øvelsesjournal."
        case .numberInExercise:
            "En øvelsesjournal lagrer aldri telefonnumre (ØVELSE: ikke ring): fasilitatoren spiller den som ringes. "
                + "Registrer anropet uten --number."
        case .trainingSubject:
            "Oppgi enten en prosedyre (--procedure) eller en krisestabsrolle (--role) som opplæringen gjaldt, ikke begge."
        case .unknownProcedure(let id, let known):
            "Prosedyren «\(id)» finnes ikke i prosedyrer/. Kjente prosedyrer: "
                + known.map(\.rawValue).joined(separator: ", ") + "."
        case .testKindPlayed(let kind):
            "En \(kind.word) registreres ikke her: den spilles i en øvelsesjournal (`beredskap exercise start SCENARIO`) "
                + "og teller når den er avsluttet og evaluert."
        }
    }
}

import Foundation

/// A flagged personal-data breach (Normen 5.8): what is known, and the staged notification to Datatilsynet.
extension Decision {
    mutating func recordBreachDetails(_ id: IncidentID, _ details: BreachDetails) throws(Refusal) {
            try flaggedBreach(id)
            for item in details.texts { try FreeText.check(item.text, field: item.field) }
            if let count = details.approximateSubjects, count < 0 { throw .negativeCount(count) }
            emit(id, .breachDetailsRecorded(BreachDetailsRecorded(details: details)))
    }

    mutating func reportBreach(_ id: IncidentID, stage: BreachReportStage, delayReason: String?) throws(Refusal) {
            let incident = try flaggedBreach(id)
            try FreeText.check(delayReason, field: "årsak til forsinkelsen")
            let reason = delayReason.flatMap { $0.allSatisfy(\.isWhitespace) ? nil : $0 }
            let late = incident.privacyBreachAwareAt.map { at.timeIntervalSince($0) > Clocks.privacyBreachWindow } ?? false
            if late, incident.breachReports.isEmpty, reason == nil { throw .breachDelayReasonNeeded(id) }
            let missing = BreachDraft.missing(BreachDraft.datatilsynet(incident, now: at, timeZone: organisation.timeZone))
                .filter { !(reason != nil && $0 == BreachDraft.delayLabel) }
            if stage == .final, !missing.isEmpty { throw .breachReportIncomplete(id, missing) }
            emit(id, .breachReported(BreachReported(stage: stage, delayReason: reason, missing: missing)))
    }

    @discardableResult
    private func flaggedBreach(_ id: IncidentID) throws(Refusal) -> Incident {
        let incident = try lookup(id, for: "personvernbrudd", in: Phase.allCases)
        guard incident.privacyBreachAwareAt != nil else { throw .noPrivacyBreach(id) }
        return incident
    }
}

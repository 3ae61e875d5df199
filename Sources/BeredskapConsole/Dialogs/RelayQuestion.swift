import BeredskapCore

/// The question a dialog adds for a decision the playbooks reserve for a role the operator does not hold
/// (roller.yaml `decisions`): who took it, so the operator enters it on their behalf («på vegne av»). The holder's
/// name is filled in; while nobody holds the role, the operator names the person who decided.
struct RelayQuestion {
    let field: Field<String?>

    /// nil when the operator may decide alone, or when the playbooks do not let anyone relay the decision (then
    /// Core's refusal says who must do it).
    init?(_ decision: ReservedDecision, in model: ConsoleModel) {
        guard let need = model.state.relayNeed(decision, by: model.operatorName), need.authority.relay else { return nil }
        let prompt = need.holder == nil
            ? "Hvem tok beslutningen? Ingen har rollen \(need.roleName); du fører den inn på vegne av: "
            : "Beslutningen er tatt av \(need.roleName); du fører den inn på vegne av: "
        field = Question.optionalText(prompt, initial: need.holder.map(InertText.make) ?? "")
    }

    /// The dialog's fields with this question last, when there is one.
    static func fields(_ fields: [any DialogField], _ relay: RelayQuestion?) -> [any DialogField] {
        fields + (relay.map { [$0.field] } ?? [])
    }
}

extension Answers {
    /// Who took the decision, from the relay question if the dialog asked it.
    subscript(relay: RelayQuestion?) -> String? {
        relay.flatMap { self[$0.field] }
    }
}

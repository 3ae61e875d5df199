import ArgumentParser

/// `--on-behalf-of NAVN`: a decision the playbooks reserve for a role (roller.yaml `decisions`), taken by the
/// person holding it and entered by someone else, e.g. given by phone. The journal keeps both names.
struct RelayOption: ParsableArguments {
    @Option(name: .customLong("on-behalf-of"),
            help: ArgumentHelp("Beslutningen er tatt av denne personen (f.eks. krisestabsleder på telefon); du fører den inn på vegne av vedkommende.",
                               valueName: "NAVN"))
    var onBehalfOf: String?
}

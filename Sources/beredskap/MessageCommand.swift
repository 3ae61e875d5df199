import ArgumentParser

/// `beredskap message ...`: communication to patients, staff and authorities (factsheet 2i).
struct MessageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "message",
        abstract: "Meldinger til pasienter, ansatte og myndigheter (faktaark 2i): utkast fra mal, godkjenning, sending.",
        discussion: "Malene står i Playbooks/maler.yaml. En melding teller som sendt først når krisestabsleder har godkjent den.",
        subcommands: [MessageDraftCommand.self, MessageApproveCommand.self, MessageSendCommand.self, MessageListCommand.self])
}

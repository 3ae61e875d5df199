import BeredskapJournal
import BeredskapStore

/// What the console and the command line say when a checkpoint could not be signed: the entries are saved, only
/// the signature is missing, and what to do.
public enum CheckpointFailureText {
    public static func norwegian(_ error: any Error) -> String {
        let detail = switch error {
        case let journal as JournalError: journal.norwegian
        case CheckpointError.linesDiffer(let path, let seq): "nr. \(seq) i \(path) er ikke linjen som ble kontrollert"
        default: "\(error)"
        }
        return "Kontrollpunktet ble ikke signert, men det som er registrert er lagret: \(detail)"
            + (detail.hasSuffix(".") ? " " : ". ") + "Kjør `beredskap verify`, "
            + "og signer med `beredskap checkpoint`."
    }
}

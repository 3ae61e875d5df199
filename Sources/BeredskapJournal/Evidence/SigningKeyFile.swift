import Foundation

/// The installation's signing key on disk: one file holding the signer key text (``NoteSigner/text``), mode 0600,
/// in a directory of mode 0700 under the configuration directory, never in the journal's folder (whoever can
/// rewrite the journal must not find the key beside it).
public enum SigningKeyFile {
    /// The key in the file at `path`. Throws when the file cannot be read; nil when it holds no signer key.
    public static func load(_ path: String, io: FileIO = SystemFileIO()) throws -> NoteSigner? {
        let file = try JournalFile(path: path, .readOnly, io: io)
        return NoteSigner(text: String(decoding: try file.readToEnd(from: 0), as: UTF8.self))
    }

    /// Writes a new key named `name` to `path`, creating its directory (0700) when missing; never replaces a
    /// file that is there (``JournalError/alreadyExists(path:)``).
    public static func create(_ path: String, name: String, io: FileIO = SystemFileIO()) throws -> NoteSigner {
        let signer = NoteSigner(generatingFor: name)
        let directory = Directory.parent(of: path)
        do {
            try Directory.create(directory, io: io)
        } catch {
            throw JournalError(error, path: directory)
        }
        let file: JournalFile
        do {
            file = try JournalFile(path: path, .writeOnly, options: [.create, .exclusiveCreate],
                                   permissions: .ownerReadWrite, io: io)
        } catch JournalError.io(_, _, .exists) {
            throw JournalError.alreadyExists(path: path)
        }
        do {
            try file.writeAll(Array((signer.text + "\n").utf8))
            try io.fsync(file.fd)
            try Directory.sync(directory, io: io)
        } catch {
            throw JournalError(error, path: path)
        }
        return signer
    }
}

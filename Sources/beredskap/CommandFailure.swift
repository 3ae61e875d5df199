/// A failure the user can act on, already worded in Norwegian (exit code 1).
struct CommandFailure: Error {
    let message: String
}

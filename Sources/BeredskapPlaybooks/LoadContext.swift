/// What every section reader reports into while one playbooks directory is loaded.
final class LoadContext {
    let lint = Lint()
    let registry: IdentifierRegistry

    init() { registry = IdentifierRegistry(lint: lint) }
}

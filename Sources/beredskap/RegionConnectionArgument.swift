import ArgumentParser
import BeredskapRegion

/// The regional database to talk to, by libpq's conventions: never stored anywhere by Beredskap.
struct RegionConnectionArgument: ParsableArguments {
    @Argument(help: ArgumentHelp(
        "Tilkobling til regionens PostgreSQL, som libpq leser den: \"host=... dbname=...\" eller postgresql://... "
            + "Det som mangler, hentes fra PGHOST, PGUSER, PGDATABASE, PGSSLMODE osv.; passord fra ~/.pgpass "
            + "(aldri på kommandolinjen). Tom eller utelatt: bare miljøvariablene.",
        valueName: "tilkobling"))
    var connection: String = ""

    func connect() throws -> RegionConnection { try RegionConnection(connection) }
}

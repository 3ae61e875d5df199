import BeredskapCore

/// The regional database's schema, created and migrated by `beredskap region init`: an ordered list of
/// migrations, each applied once in one transaction and recorded in `beredskap.schema_version`.
///
/// Layout (docs/REGION.md): schema `beredskap` holds the version table; `beredskap_real` and
/// `beredskap_exercise` each hold the same tables: `journals`, `lines` (raw lines verbatim, append-only, every
/// insert checked against the chain by a trigger), `heads` (every head the region has seen), `forks`
/// (every chain refused because it changed lines the region held), `checkpoints` (the signed checkpoints as
/// signed, from version 2), and the decoded
/// tables `hospital_state`, `incidents`, `affected_systems`, `notifications`, `levels`, rewritten from a replay
/// of the whole chain at each sync.
public enum RegionSchema {
    /// The migrations, oldest first; version N is the N-th. Never edit one that has shipped: add another.
    static let migrations: [String] = [
        """
        CREATE SCHEMA IF NOT EXISTS beredskap;
        \(RegionKind.allCases.map(kindSchema).joined(separator: "\n"))
        """,
        // 2: the signed checkpoints beside each journal (docs/JOURNAL.md §13), kept as the hospital signed them.
        RegionKind.allCases.map { kind in
            """
            CREATE TABLE \(kind.schema).checkpoints (
                journal uuid NOT NULL REFERENCES \(kind.schema).journals,
                size bigint NOT NULL,
                note text NOT NULL,
                received_at timestamptz NOT NULL DEFAULT now(),
                UNIQUE (journal, note));
            """
        }.joined(separator: "\n"),
        // 3: a digest of the decoded rows, so a sync that changed nothing the region shows only moves the seq.
        RegionKind.allCases.map { "ALTER TABLE \($0.schema).hospital_state ADD COLUMN decoded_digest text;" }.joined(separator: "\n"),
    ]

    /// The version this program reads and writes.
    public static var currentVersion: Int { migrations.count }

    /// Creates or brings the schema up to ``currentVersion``. Safe to run again and from two places at once
    /// (an advisory lock serialises them). Returns the version before and after.
    @discardableResult
    public static func migrate(_ connection: RegionConnection) throws(RegionError) -> (from: Int, to: Int) {
        try connection.transaction { () throws(RegionError) in
            try connection.execute("SELECT pg_advisory_xact_lock(4242017)")
            try connection.executeScript("""
                CREATE SCHEMA IF NOT EXISTS beredskap;
                CREATE TABLE IF NOT EXISTS beredskap.schema_version (
                    version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())
                """)
            let found = try connection.execute("SELECT coalesce(max(version), 0) FROM beredskap.schema_version").int(0, 0) ?? 0
            guard found <= currentVersion else { throw .schema(found: found, expected: currentVersion) }
            for version in stride(from: found + 1, through: currentVersion, by: 1) {
                try connection.executeScript(migrations[version - 1])
                try connection.execute("INSERT INTO beredskap.schema_version (version) VALUES ($1)", [.int(version)])
            }
            return (found, currentVersion)
        }
    }

    /// Refuses to work on a database whose schema is missing or of another version.
    public static func require(_ connection: RegionConnection) throws(RegionError) {
        let exists = try connection.execute("SELECT to_regclass('beredskap.schema_version') IS NOT NULL").bool(0, 0) ?? false
        guard exists else { throw .schema(found: nil, expected: currentVersion) }
        let found = try connection.execute("SELECT coalesce(max(version), 0) FROM beredskap.schema_version").int(0, 0) ?? 0
        guard found == currentVersion else { throw .schema(found: found == 0 ? nil : found, expected: currentVersion) }
    }

    /// One kind's schema. The line check is a trigger, so the region refuses a line that does not hash to its `h`
    /// or does not continue the chain it already holds, whoever sends it (docs/JOURNAL.md §3, §4).
    private static func kindSchema(_ kind: RegionKind) -> String {
        let s = kind.schema
        return """
            CREATE SCHEMA \(s);
            CREATE TABLE \(s).journals (
                journal uuid PRIMARY KEY,
                hospital text NOT NULL,
                created timestamptz NOT NULL,
                first_sync timestamptz NOT NULL DEFAULT now(),
                last_sync timestamptz NOT NULL DEFAULT now());
            CREATE TABLE \(s).lines (
                journal uuid NOT NULL REFERENCES \(s).journals,
                seq bigint NOT NULL CHECK (seq >= 0),
                prev bytea NOT NULL CHECK (length(prev) = 32),
                h bytea NOT NULL CHECK (length(h) = 32),
                line bytea NOT NULL,
                PRIMARY KEY (journal, seq));
            CREATE TABLE \(s).heads (
                journal uuid NOT NULL REFERENCES \(s).journals,
                seq bigint NOT NULL,
                h bytea NOT NULL,
                seen_at timestamptz NOT NULL DEFAULT now(),
                PRIMARY KEY (journal, seq));
            CREATE TABLE \(s).forks (
                journal uuid NOT NULL REFERENCES \(s).journals,
                agreed bigint NOT NULL,
                region_head bigint NOT NULL,
                offered_head bigint NOT NULL,
                offered_hash bytea NOT NULL,
                seen_at timestamptz NOT NULL DEFAULT now());
            CREATE FUNCTION \(s).check_line() RETURNS trigger LANGUAGE plpgsql AS $$
            DECLARE
                n integer := length(NEW.line);
                expected bytea;
            BEGIN
                IF n < 72 OR sha256(substring(NEW.line FROM 1 FOR n - 72)) <> NEW.h
                   OR substring(NEW.line FROM n - 71) <> convert_to(',"h":"' || encode(NEW.h, 'hex') || '"}', 'UTF8') THEN
                    RAISE EXCEPTION USING ERRCODE = 'BR002',
                        MESSAGE = format('line %s of journal %s does not hash to its h', NEW.seq, NEW.journal);
                END IF;
                IF position(convert_to('{"seq":' || NEW.seq || ',', 'UTF8') IN NEW.line) <> 1
                   OR position(convert_to('"prev":"' || encode(NEW.prev, 'hex') || '"', 'UTF8') IN NEW.line) = 0 THEN
                    RAISE EXCEPTION USING ERRCODE = 'BR002',
                        MESSAGE = format('line %s of journal %s does not carry the seq and prev it is filed under', NEW.seq, NEW.journal);
                END IF;
                IF NEW.seq = 0 THEN
                    expected := decode(repeat('00', 32), 'hex');
                ELSE
                    SELECT h INTO expected FROM \(s).lines WHERE journal = NEW.journal AND seq = NEW.seq - 1;
                END IF;
                IF expected IS DISTINCT FROM NEW.prev THEN
                    RAISE EXCEPTION USING ERRCODE = '\(RegionError.chainBreak)',
                        MESSAGE = format('line %s of journal %s does not continue the chain the region holds', NEW.seq, NEW.journal);
                END IF;
                RETURN NEW;
            END $$;
            CREATE TRIGGER lines_continue_chain BEFORE INSERT ON \(s).lines
                FOR EACH ROW EXECUTE FUNCTION \(s).check_line();
            CREATE FUNCTION \(s).refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION USING ERRCODE = 'BR003', MESSAGE = 'journal lines are append-only';
            END $$;
            CREATE TRIGGER lines_append_only BEFORE UPDATE OR DELETE ON \(s).lines
                FOR EACH ROW EXECUTE FUNCTION \(s).refuse_change();
            CREATE TABLE \(s).hospital_state (
                journal uuid PRIMARY KEY REFERENCES \(s).journals,
                decoded_seq bigint NOT NULL,
                level text NOT NULL,
                level_since timestamptz,
                time_zone text NOT NULL);
            CREATE TABLE \(s).incidents (
                journal uuid NOT NULL REFERENCES \(s).journals,
                incident text NOT NULL,
                title text NOT NULL,
                phase text NOT NULL,
                planned boolean NOT NULL,
                detected_at timestamptz NOT NULL,
                triaged_at timestamptz,
                restored_at timestamptz,
                closed_at timestamptz,
                category text,
                severity text,
                availability boolean NOT NULL,
                max_outage_minutes integer,
                PRIMARY KEY (journal, incident));
            CREATE TABLE \(s).affected_systems (
                journal uuid NOT NULL,
                incident text NOT NULL,
                system text NOT NULL,
                name text NOT NULL,
                PRIMARY KEY (journal, incident, system),
                FOREIGN KEY (journal, incident) REFERENCES \(s).incidents ON DELETE CASCADE);
            CREATE TABLE \(s).notifications (
                journal uuid NOT NULL,
                incident text NOT NULL,
                duty text NOT NULL,
                recipient text NOT NULL,
                mandatory boolean NOT NULL,
                due timestamptz,
                reached_at timestamptz,
                declined boolean NOT NULL,
                PRIMARY KEY (journal, incident, duty),
                FOREIGN KEY (journal, incident) REFERENCES \(s).incidents ON DELETE CASCADE);
            CREATE TABLE \(s).levels (
                journal uuid NOT NULL REFERENCES \(s).journals,
                at timestamptz NOT NULL,
                level text NOT NULL,
                reason text NOT NULL);
            CREATE INDEX ON \(s).levels (journal, at);
            """
    }
}

import ArgumentParser
import SahifaStore

/// Where PostgreSQL's own programs are, for backing up and restoring a PostgreSQL database.
struct PostgresProgramOptions: ParsableArguments {
    @Option(
        name: .customLong("pg-dump"),
        help: ArgumentHelp(
            "PostgreSQL only: the pg_dump to run (default: found on PATH, or the newest in /usr/lib/postgresql). "
                + "It must be at least as new as the server. Env: SAHIFA_PG_DUMP.",
            valueName: "path"))
    var pgDump: String?

    @Option(
        name: .customLong("pg-restore"),
        help: ArgumentHelp(
            "PostgreSQL only: the pg_restore that checks and restores a dump (default: found like pg_dump). "
                + "Env: SAHIFA_PG_RESTORE.",
            valueName: "path"))
    var pgRestore: String?

    var programs: BackupPrograms {
        BackupPrograms(
            pgDump: pgDump ?? Environment.value("SAHIFA_PG_DUMP"),
            pgRestore: pgRestore ?? Environment.value("SAHIFA_PG_RESTORE"))
    }
}

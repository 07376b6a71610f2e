#include "store/migrations.h"

namespace {

// Every synced row: a UUID key, a modification stamp (hybrid logical clock), the device that
// made the change, and a tombstone flag (rows are never deleted, so deletes can sync).
#define SYNC_COLUMNS                                                                               \
    "id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36), "                                      \
    "modified INTEGER NOT NULL CHECK (modified >= 0), "                                            \
    "origin TEXT NOT NULL, "                                                                       \
    "deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)), "

#define SEASON_CHECK(col) "CHECK (" col " BETWEEN 1900 AND 2200)"
#define BOOL_COLUMN(col) col " INTEGER NOT NULL DEFAULT 0 CHECK (" col " IN (0, 1))"
#define BOOL_COLUMN_ON(col) col " INTEGER NOT NULL DEFAULT 1 CHECK (" col " IN (0, 1))"
#define DATE_CHECK(col)                                                                            \
    "CHECK (" col " GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]')"
#define TIME_CHECK(col) "CHECK (" col " IS NULL OR " col " GLOB '[0-2][0-9]:[0-5][0-9]')"

QStringList version1()
{
    return {
        QStringLiteral("CREATE TABLE club (" SYNC_COLUMNS
                       "name TEXT NOT NULL CHECK (length(trim(name)) > 0), "
                       "time_zone TEXT NOT NULL DEFAULT 'America/Chicago', "
                       "created_at INTEGER NOT NULL)"),

        QStringLiteral(
            "CREATE TABLE anglers (" SYNC_COLUMNS
            "full_name TEXT NOT NULL CHECK (length(trim(full_name)) > 0), "
            "email TEXT CHECK (email IS NULL OR (instr(email, '@') > 1 AND length(email) <= 254)), "
            "phone TEXT, "
            "member_since INTEGER CHECK (member_since IS NULL OR member_since BETWEEN 1900 AND 2200), "
            "dues_paid_through INTEGER CHECK (dues_paid_through IS NULL OR "
            "dues_paid_through BETWEEN 1900 AND 2200), "
            BOOL_COLUMN("inactive") ", "
            "merged_into TEXT REFERENCES anglers(id), "
            "notes TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE UNIQUE INDEX anglers_email ON anglers(email COLLATE NOCASE) "
                       "WHERE email IS NOT NULL AND deleted = 0"),
        QStringLiteral("CREATE INDEX anglers_name ON anglers(full_name COLLATE NOCASE)"),

        QStringLiteral("CREATE TABLE memberships (" SYNC_COLUMNS
                       "angler_id TEXT NOT NULL REFERENCES anglers(id), "
                       "season INTEGER NOT NULL " SEASON_CHECK("season") ", "
                       "joined_on TEXT NOT NULL " DATE_CHECK("joined_on") ")"),
        QStringLiteral("CREATE UNIQUE INDEX memberships_one ON memberships(angler_id, season) "
                       "WHERE deleted = 0"),
        QStringLiteral("CREATE INDEX memberships_season ON memberships(season)"),

        QStringLiteral("CREATE TABLE officer_terms (" SYNC_COLUMNS
                       "season INTEGER NOT NULL " SEASON_CHECK("season") ", "
                       "post TEXT NOT NULL CHECK (post IN ('president', 'treasurer', "
                       "'weighmaster', 'assistant_weighmaster')), "
                       "angler_id TEXT NOT NULL REFERENCES anglers(id))"),
        QStringLiteral("CREATE UNIQUE INDEX officer_terms_one ON officer_terms(season, post) "
                       "WHERE deleted = 0"),

        QStringLiteral("CREATE TABLE rulesets (" SYNC_COLUMNS
                       "season INTEGER NOT NULL " SEASON_CHECK("season") ", "
                       "name TEXT NOT NULL CHECK (length(trim(name)) > 0), "
                       "settings TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(settings)))"),
        QStringLiteral(
            "CREATE UNIQUE INDEX rulesets_season ON rulesets(season) WHERE deleted = 0"),

        QStringLiteral("CREATE TABLE lakes (" SYNC_COLUMNS
                       "key TEXT NOT NULL CHECK (length(key) > 0), "
                       "name TEXT NOT NULL CHECK (length(trim(name)) > 0), " BOOL_COLUMN(
                           "paper") ")"),
        QStringLiteral("CREATE UNIQUE INDEX lakes_key ON lakes(key) WHERE deleted = 0"),
        QStringLiteral("CREATE TABLE ramps (" SYNC_COLUMNS
                       "lake_id TEXT NOT NULL REFERENCES lakes(id), "
                       "name TEXT NOT NULL CHECK (length(trim(name)) > 0), "
                       "latitude REAL CHECK (latitude IS NULL OR latitude BETWEEN -90 AND 90), "
                       "longitude REAL CHECK (longitude IS NULL OR longitude BETWEEN -180 AND 180))"),
        QStringLiteral("CREATE INDEX ramps_lake ON ramps(lake_id)"),

        QStringLiteral(
            "CREATE TABLE tournaments (" SYNC_COLUMNS
            "season INTEGER NOT NULL " SEASON_CHECK("season") ", "
            "event_date TEXT NOT NULL " DATE_CHECK("event_date") ", "
            "name TEXT NOT NULL CHECK (length(trim(name)) > 0), "
            "lake_id TEXT REFERENCES lakes(id), "
            "ramp_id TEXT REFERENCES ramps(id), "
            "start_time TEXT " TIME_CHECK("start_time") ", "
            "weigh_in_time TEXT " TIME_CHECK("weigh_in_time") ", "
            "format TEXT NOT NULL DEFAULT 'individual' CHECK (format IN ('individual', 'team')), "
            "ruleset_id TEXT REFERENCES rulesets(id), "
            "fish_limit INTEGER NOT NULL DEFAULT 5 CHECK (fish_limit BETWEEN 1 AND 25), "
            "entry_fee_cents INTEGER NOT NULL DEFAULT 2500 CHECK (entry_fee_cents >= 0), "
            "fee_unit TEXT NOT NULL DEFAULT 'angler' CHECK (fee_unit IN ('angler', 'boat')), "
            BOOL_COLUMN("paper") ", " BOOL_COLUMN("cancelled") ", " BOOL_COLUMN("completed") ", "
            "finalized_at INTEGER, "
            "finalized_by TEXT, "
            "notes TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX tournaments_season ON tournaments(season, event_date)"),

        QStringLiteral(
            "CREATE TABLE entries (" SYNC_COLUMNS
            "tournament_id TEXT NOT NULL REFERENCES tournaments(id), "
            "angler_id TEXT NOT NULL REFERENCES anglers(id), "
            "fish INTEGER NOT NULL DEFAULT 0 CHECK (fish >= 0), "
            "gross_weight INTEGER NOT NULL DEFAULT 0 CHECK (gross_weight >= 0), "
            "big_bass INTEGER NOT NULL DEFAULT 0 CHECK (big_bass >= 0), "
            "dead INTEGER NOT NULL DEFAULT 0 CHECK (dead >= 0 AND dead <= fish), "
            "minutes_late INTEGER NOT NULL DEFAULT 0 CHECK (minutes_late >= 0), "
            BOOL_COLUMN("buy_in") ", " BOOL_COLUMN("dq") ", "
            "was_member INTEGER NOT NULL CHECK (was_member IN (0, 1)), "
            "manual_order INTEGER, "
            "entered_at INTEGER NOT NULL, "
            "CHECK (NOT (buy_in = 1 AND fish > 0)))"),
        QStringLiteral("CREATE UNIQUE INDEX entries_one ON entries(tournament_id, angler_id) "
                       "WHERE deleted = 0"),
        QStringLiteral("CREATE INDEX entries_angler ON entries(angler_id)"),

        QStringLiteral(
            "CREATE TABLE paper_fish (" SYNC_COLUMNS
            "entry_id TEXT NOT NULL REFERENCES entries(id), "
            "length_eighths INTEGER NOT NULL CHECK (length_eighths > 0 AND length_eighths < 640), "
            "weighed_weight INTEGER CHECK (weighed_weight IS NULL OR weighed_weight >= 0))"),
        QStringLiteral("CREATE INDEX paper_fish_entry ON paper_fish(entry_id)"),

        QStringLiteral(
            "CREATE TABLE boats (" SYNC_COLUMNS
            "tournament_id TEXT NOT NULL REFERENCES tournaments(id), "
            "boater_id TEXT NOT NULL REFERENCES anglers(id), "
            "partner_id TEXT REFERENCES anglers(id), "
            "team_fish INTEGER CHECK (team_fish IS NULL OR team_fish >= 0), "
            "team_weight INTEGER CHECK (team_weight IS NULL OR team_weight >= 0), "
            "team_big_bass INTEGER CHECK (team_big_bass IS NULL OR team_big_bass >= 0), "
            "team_dead INTEGER NOT NULL DEFAULT 0 CHECK (team_dead >= 0), "
            BOOL_COLUMN("team_dq") ", "
            "CHECK (partner_id IS NULL OR partner_id <> boater_id))"),
        QStringLiteral("CREATE UNIQUE INDEX boats_boater ON boats(tournament_id, boater_id) "
                       "WHERE deleted = 0"),

        QStringLiteral(
            "CREATE TABLE ledger (" SYNC_COLUMNS
            "posted_at INTEGER NOT NULL, "
            "entry_date TEXT NOT NULL " DATE_CHECK("entry_date") ", "
            "season INTEGER NOT NULL " SEASON_CHECK("season") ", "
            "kind TEXT NOT NULL CHECK (kind IN ('dues', 'entry_fee', 'buy_in', 'payout', "
            "'big_bass_pot', 'carryover', 'club_fund', 'charity', 'expense', 'correction')), "
            "fund TEXT NOT NULL CHECK (fund IN ('operating', 'tournament_pot', 'big_bass_pot', "
            "'club', 'charity')), "
            "amount_cents INTEGER NOT NULL CHECK (amount_cents <> 0), "
            "angler_id TEXT REFERENCES anglers(id), "
            "tournament_id TEXT REFERENCES tournaments(id), "
            "method TEXT CHECK (method IS NULL OR method IN ('cash', 'check', 'online')), "
            "note TEXT NOT NULL DEFAULT '', "
            "reverses_id TEXT REFERENCES ledger(id))"),
        QStringLiteral("CREATE INDEX ledger_season ON ledger(season)"),
        // Money records are appended, never edited: a correction is a reversing entry.
        QStringLiteral(
            "CREATE TRIGGER ledger_append_only BEFORE UPDATE OF amount_cents, kind, fund, "
            "angler_id, tournament_id, entry_date, reverses_id ON ledger "
            "WHEN OLD.amount_cents IS NOT NEW.amount_cents OR OLD.kind IS NOT NEW.kind "
            "OR OLD.fund IS NOT NEW.fund OR OLD.angler_id IS NOT NEW.angler_id "
            "OR OLD.tournament_id IS NOT NEW.tournament_id OR OLD.entry_date IS NOT NEW.entry_date "
            "OR OLD.reverses_id IS NOT NEW.reverses_id "
            "BEGIN SELECT RAISE(ABORT, 'ledger entries are never edited; record a correction'); "
            "END"),

        QStringLiteral("CREATE TABLE tournament_log (" SYNC_COLUMNS
                       "tournament_id TEXT NOT NULL REFERENCES tournaments(id), "
                       "action TEXT NOT NULL CHECK (action IN ('finalized', 'unlocked')), "
                       "actor TEXT NOT NULL, "
                       "at INTEGER NOT NULL)"),
    };
}

// Version 2: state that belongs to this laptop only and never syncs (its device id, which
// stamps the origin of every change it makes).
QStringList version2()
{
    return {
        QStringLiteral("CREATE TABLE local_meta (key TEXT PRIMARY KEY NOT NULL, "
                       "value TEXT NOT NULL)"),
        QStringLiteral("INSERT INTO local_meta (key, value) VALUES ('device_id', "
                       "lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || "
                       "substr(hex(randomblob(2)), 2) || '-' || "
                       "substr('89ab', 1 + (abs(random()) % 4), 1) || "
                       "substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))))"),
    };
}

// Version 3: what the sync with the club server needs on this laptop. Triggers mark every row
// that any screen or command inserts, changes or deletes, in the same transaction as the edit;
// the sync engine's own writes (applying a pull) set sync_guard so they are not marked. The table
// list is frozen here on purpose: tables added by later steps get their triggers from the sync
// engine (SyncEngine creates them when missing and marks such a table's rows for sending).
QStringList version3()
{
    QStringList statements = {
        // Rows changed here since they were last sent to the server.
        QStringLiteral("CREATE TABLE sync_dirty (tbl TEXT NOT NULL, id TEXT NOT NULL, "
                       "PRIMARY KEY (tbl, id)) WITHOUT ROWID"),
        // The server's version of each row as last seen: fields (JSON), their clock stamps
        // (JSON), tombstone. A field differing from it is a local edit not yet sent.
        QStringLiteral("CREATE TABLE sync_base (tbl TEXT NOT NULL, id TEXT NOT NULL, "
                       "data TEXT NOT NULL, stamps TEXT NOT NULL, "
                       "deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)), "
                       "PRIMARY KEY (tbl, id)) WITHOUT ROWID"),
        // Changes on their way to the server, under the operation id the server remembers, so a
        // push cut off halfway is sent again without being applied twice.
        QStringLiteral("CREATE TABLE sync_outbox (op_id TEXT PRIMARY KEY NOT NULL, "
                       "created_at INTEGER NOT NULL, payload TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE sync_state (key TEXT PRIMARY KEY NOT NULL, "
                       "value TEXT NOT NULL)"),
        // Same-field edits of weigh-in numbers made on two laptops, for the officer to decide.
        QStringLiteral("CREATE TABLE sync_conflicts (id TEXT PRIMARY KEY NOT NULL, "
                       "kind TEXT NOT NULL DEFAULT 'value' CHECK (kind IN ('value', 'rejected')), "
                       "tbl TEXT NOT NULL, row_id TEXT NOT NULL, field TEXT NOT NULL, "
                       "mine TEXT, theirs TEXT, "
                       "mine_won INTEGER NOT NULL DEFAULT 0 CHECK (mine_won IN (0, 1)), "
                       "detected_at INTEGER NOT NULL, "
                       "resolved INTEGER NOT NULL DEFAULT 0 CHECK (resolved IN (0, 1)))"),
        QStringLiteral("CREATE INDEX sync_conflicts_open ON sync_conflicts(resolved, tbl, row_id)"),
        QStringLiteral("CREATE TABLE sync_guard (applying INTEGER NOT NULL)"),
    };
    const char *const tables[] = {"club",    "anglers",  "memberships", "officer_terms", "rulesets",
                                  "lakes",   "ramps",    "tournaments", "entries",       "paper_fish",
                                  "boats",   "ledger",   "tournament_log"};
    for (const char *name : tables) {
        const QString t = QString::fromLatin1(name);
        const QString mark = QStringLiteral(
            "WHEN NOT EXISTS (SELECT 1 FROM sync_guard) BEGIN "
            "INSERT OR IGNORE INTO sync_dirty (tbl, id) VALUES ('%1', %2.id); END");
        statements << QStringLiteral("CREATE TRIGGER sync_%1_ins AFTER INSERT ON %1 ").arg(t) +
                          mark.arg(t, QStringLiteral("NEW"))
                   << QStringLiteral("CREATE TRIGGER sync_%1_upd AFTER UPDATE ON %1 ").arg(t) +
                          mark.arg(t, QStringLiteral("NEW"))
                   << QStringLiteral("CREATE TRIGGER sync_%1_del AFTER DELETE ON %1 ").arg(t) +
                          mark.arg(t, QStringLiteral("OLD"))
                   << QStringLiteral("INSERT OR IGNORE INTO sync_dirty (tbl, id) SELECT '%1', id "
                                     "FROM %1")
                          .arg(t);
    }
    return statements;
}

// Version 4: a faster sync. The outbox keeps one row per changed record (instead of one JSON
// document per operation), so a batch is streamed to the server and recorded as sent without
// parsing JSON; an operation cut off under version 3 is carried over row by row. The server's
// last known copy of a row remembers the row's clock: a field with no stamp of its own was
// written at that clock (a new row's stamps are no longer spelled out field by field).
// Note for later steps: the sync engine adds triggers sync_<table>_base_upd and _base_del that name
// every column of a synced table; a step that drops a column must drop those two triggers first
// (the engine writes them again at its next run).
QStringList version4()
{
    return {
        QStringLiteral("ALTER TABLE sync_base ADD COLUMN modified INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("CREATE TABLE sync_outbox_rows (op_id TEXT NOT NULL, tbl TEXT NOT NULL, "
                       "id TEXT NOT NULL, data TEXT, stamps TEXT, from_stamps TEXT, "
                       "del INTEGER NOT NULL DEFAULT 0 CHECK (del IN (0, 1)), "
                       "m INTEGER NOT NULL, o TEXT NOT NULL, "
                       "PRIMARY KEY (op_id, tbl, id)) WITHOUT ROWID"),
        QStringLiteral(
            "INSERT OR REPLACE INTO sync_outbox_rows (op_id, tbl, id, data, stamps, from_stamps, "
            "del, m, o) SELECT x.op_id, json_extract(t.value, '$.t'), json_extract(r.value, '$.id'), "
            "json_extract(r.value, '$.d'), json_extract(r.value, '$.s'), "
            "json_extract(r.value, '$.b'), CASE WHEN json_extract(r.value, '$.del') THEN 1 ELSE 0 END, "
            "coalesce(json_extract(r.value, '$.m'), 0), coalesce(json_extract(r.value, '$.o'), '') "
            "FROM sync_outbox AS x, json_each(x.payload, '$.tables') AS t, "
            "json_each(t.value, '$.rows') AS r"),
        QStringLiteral("ALTER TABLE sync_outbox DROP COLUMN payload"),
    };
}

// Version 5: conflicts the officer can read and undo. Besides same-field weigh-in conflicts
// ("value") and records this laptop could not take in ("rejected"), a conflict is a record the
// server refused ("refused", set aside until changed here) or the same angler entered twice in one
// tournament on two laptops ("duplicate": the entry with the lower id stays everywhere, the other
// is deleted and its numbers are kept here). A settled conflict remembers the choice and the
// values it replaced, so the choice can be undone.
QStringList version5()
{
    return {
        QStringLiteral("CREATE TABLE sync_conflicts_v5 (id TEXT PRIMARY KEY NOT NULL, "
                       "kind TEXT NOT NULL DEFAULT 'value' "
                       "CHECK (kind IN ('value', 'rejected', 'refused', 'duplicate')), "
                       "tbl TEXT NOT NULL, row_id TEXT NOT NULL, field TEXT NOT NULL, "
                       "mine TEXT, theirs TEXT, "
                       "mine_won INTEGER NOT NULL DEFAULT 0 CHECK (mine_won IN (0, 1)), "
                       "detected_at INTEGER NOT NULL, "
                       "resolved INTEGER NOT NULL DEFAULT 0 CHECK (resolved IN (0, 1)), "
                       "choice TEXT CHECK (choice IS NULL OR choice IN ('mine', 'theirs')), "
                       "undo TEXT, resolved_at INTEGER)"),
        QStringLiteral(
            "INSERT INTO sync_conflicts_v5 (id, kind, tbl, row_id, field, mine, theirs, "
            "mine_won, detected_at, resolved) SELECT id, kind, tbl, row_id, field, mine, "
            "theirs, mine_won, detected_at, resolved FROM sync_conflicts"),
        QStringLiteral("DROP TABLE sync_conflicts"),
        QStringLiteral("ALTER TABLE sync_conflicts_v5 RENAME TO sync_conflicts"),
        QStringLiteral("CREATE INDEX sync_conflicts_open ON sync_conflicts(resolved, tbl, row_id)"),
    };
}

// The result edits of a finalized tournament (version 6; version 8 adds where the weights came
// from). A random version-4 UUID for the log line; the actor is who unlocked the results last;
// the time is the edit's (milliseconds, UTC).
QString logInsert()
{
    const QString uuid = QStringLiteral(
        "lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || "
        "substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + abs(random()) % 4, 1) "
        "|| substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))");
    return QStringLiteral(
               "INSERT INTO tournament_log (id, modified, origin, tournament_id, action, actor, at, "
               "detail) VALUES (%1, NEW.modified, NEW.origin, NEW.tournament_id, 'result_edited', "
               "coalesce((SELECT actor FROM tournament_log WHERE tournament_id = NEW.tournament_id "
               "AND action = 'unlocked' AND deleted = 0 ORDER BY at DESC LIMIT 1), ''), "
               "CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), %2); END")
        .arg(uuid);
}

QString wasFinalizedCondition()
{
    return QStringLiteral(
        "NOT EXISTS (SELECT 1 FROM sync_guard) AND EXISTS (SELECT 1 FROM tournament_log "
        "WHERE tournament_id = NEW.tournament_id AND action = 'finalized' AND deleted = 0)");
}

// An entry's numbers in a log line; `withSource`: and whether its weights came from the scale.
QString entryLogJson(const char *row, bool withSource)
{
    return QStringLiteral("json_object('fish', %1.fish, 'weight', %1.gross_weight, "
                          "'big_bass', %1.big_bass, 'dead', %1.dead, 'late', "
                          "%1.minutes_late, 'buy_in', %1.buy_in, 'dq', %1.dq, 'removed', "
                          "%1.deleted%2)")
        .arg(QLatin1String(row),
             withSource ? QStringLiteral(", 'weight_from_scale', %1.gross_from_scale, "
                                         "'big_bass_from_scale', %1.big_bass_from_scale")
                              .arg(QLatin1String(row))
                        : QString());
}

QStringList entryLogTriggers(bool withSource)
{
    const QString insertLog = logInsert();
    const QString wasFinalized = wasFinalizedCondition();
    const auto entry = [withSource](const char *row) { return entryLogJson(row, withSource); };
    return {
        QStringLiteral("CREATE TRIGGER log_entry_added AFTER INSERT ON entries WHEN ") +
            wasFinalized + QStringLiteral(" BEGIN ") +
            insertLog.arg(QStringLiteral("json_object('kind', 'entry', 'angler', NEW.angler_id, "
                                         "'before', NULL, 'after', %1)")
                              .arg(entry("NEW"))),
        QStringLiteral("CREATE TRIGGER log_entry_edited AFTER UPDATE ON entries WHEN ") +
            wasFinalized +
            QStringLiteral(" AND (OLD.fish IS NOT NEW.fish OR OLD.gross_weight IS NOT "
                           "NEW.gross_weight OR OLD.big_bass IS NOT NEW.big_bass OR OLD.dead IS "
                           "NOT NEW.dead OR OLD.minutes_late IS NOT NEW.minutes_late OR "
                           "OLD.buy_in IS NOT NEW.buy_in OR OLD.dq IS NOT NEW.dq OR "
                           "OLD.deleted IS NOT NEW.deleted) BEGIN ") +
            insertLog.arg(QStringLiteral("json_object('kind', 'entry', 'angler', NEW.angler_id, "
                                         "'before', %1, 'after', %2)")
                              .arg(entry("OLD"), entry("NEW"))),
    };
}

// Version 6: the tournament log, the club's audit trail, says what changed: a correction of an
// entry's member flag, and every edit of the results of a tournament that had been finalized
// (fish, weights, penalties, a line added or removed; the team numbers of a boat), with the
// values before and after (JSON in `detail`) and who unlocked the results. The edits are written
// by triggers, so no code path can change finalized results unseen; a sync applying another
// laptop's rows writes none (that laptop logged them). SQLite cannot widen a CHECK in place: the
// log is rebuilt (its sync triggers dropped first, the marking ones written again; the sync
// engine writes its base triggers at its next run).
QStringList version6()
{
    QStringList statements;
    for (const char *suffix : {"ins", "upd", "del", "base_upd", "base_del"})
        statements << QStringLiteral("DROP TRIGGER IF EXISTS sync_tournament_log_%1")
                          .arg(QLatin1String(suffix));
    // (The step can run again on a file taken back to an older version.)
    for (const char *name : {"log_entry_added", "log_entry_edited", "log_boat_added", "log_boat_edited"})
        statements << QStringLiteral("DROP TRIGGER IF EXISTS %1").arg(QLatin1String(name));
    statements << QStringLiteral(
                      "CREATE TABLE tournament_log_v5 (" SYNC_COLUMNS
                      "tournament_id TEXT NOT NULL REFERENCES tournaments(id), "
                      "action TEXT NOT NULL CHECK (action IN ('finalized', 'unlocked', "
                      "'member_flag', 'result_edited')), "
                      "actor TEXT NOT NULL, "
                      "at INTEGER NOT NULL, "
                      "detail TEXT NOT NULL DEFAULT '')")
               << QStringLiteral("INSERT INTO tournament_log_v5 (id, modified, origin, deleted, "
                                 "tournament_id, action, actor, at) SELECT id, modified, origin, "
                                 "deleted, tournament_id, action, actor, at FROM tournament_log")
               << QStringLiteral("DROP TABLE tournament_log")
               << QStringLiteral("ALTER TABLE tournament_log_v5 RENAME TO tournament_log");
    const QString mark = QStringLiteral(
        "WHEN NOT EXISTS (SELECT 1 FROM sync_guard) BEGIN "
        "INSERT OR IGNORE INTO sync_dirty (tbl, id) VALUES ('tournament_log', %1.id); END");
    statements << QStringLiteral("CREATE TRIGGER sync_tournament_log_ins AFTER INSERT ON "
                                 "tournament_log ") +
                      mark.arg(QStringLiteral("NEW"))
               << QStringLiteral("CREATE TRIGGER sync_tournament_log_upd AFTER UPDATE ON "
                                 "tournament_log ") +
                      mark.arg(QStringLiteral("NEW"))
               << QStringLiteral("CREATE TRIGGER sync_tournament_log_del AFTER DELETE ON "
                                 "tournament_log ") +
                      mark.arg(QStringLiteral("OLD"));

    const QString insertLog = logInsert();
    const QString wasFinalized = wasFinalizedCondition();
    const auto boat = [](const char *row) {
        return QStringLiteral("json_object('partner', %1.partner_id, 'fish', %1.team_fish, "
                              "'weight', %1.team_weight, 'big_bass', %1.team_big_bass, 'dead', "
                              "%1.team_dead, 'dq', %1.team_dq, 'removed', %1.deleted)")
            .arg(QLatin1String(row));
    };
    statements << entryLogTriggers(false);
    statements
        << QStringLiteral("CREATE TRIGGER log_boat_added AFTER INSERT ON boats WHEN ") +
               wasFinalized + QStringLiteral(" BEGIN ") +
               insertLog.arg(QStringLiteral("json_object('kind', 'boat', 'angler', NEW.boater_id, "
                                            "'before', NULL, 'after', %1)")
                                 .arg(boat("NEW")))
        << QStringLiteral("CREATE TRIGGER log_boat_edited AFTER UPDATE ON boats WHEN ") +
               wasFinalized +
               QStringLiteral(" AND (OLD.partner_id IS NOT NEW.partner_id OR OLD.team_fish IS NOT "
                              "NEW.team_fish OR OLD.team_weight IS NOT NEW.team_weight OR "
                              "OLD.team_big_bass IS NOT NEW.team_big_bass OR OLD.team_dead IS NOT "
                              "NEW.team_dead OR OLD.team_dq IS NOT NEW.team_dq OR OLD.deleted IS "
                              "NOT NEW.deleted) BEGIN ") +
               insertLog.arg(QStringLiteral("json_object('kind', 'boat', 'angler', NEW.boater_id, "
                                            "'before', %1, 'after', %2)")
                                 .arg(boat("OLD"), boat("NEW")));
    return statements;
}

// Version 7: the import from the club's former web app. The club file remembers which web row
// each imported record came from (kind and the web row's key), so that running the import again
// adds only what the web app added since. This laptop's own bookkeeping: it never syncs.
QStringList version7()
{
    return {
        QStringLiteral("CREATE TABLE IF NOT EXISTS webimport_rows (kind TEXT NOT NULL, "
                       "web_key TEXT NOT NULL, "
                       "local_id TEXT NOT NULL, detail TEXT NOT NULL DEFAULT '', "
                       "imported_at INTEGER NOT NULL, "
                       "PRIMARY KEY (kind, web_key)) WITHOUT ROWID"),
    };
}

// Version 8: e-mail to the members from the secretary's laptop (#16). Each person says whether
// they take the club's e-mail at all (email_opt_in, as the web app's column) and which mail:
// results and standings (mail_results), news (mail_news); everyone starts opted in, as in the web
// app. These three columns are part of the synced anglers rows (the sync engine reads a table's
// columns and rewrites its triggers itself).
// The rest is this laptop's own and never syncs: the SMTP settings of the club's mail account
// here (mail_settings; the password is in the keychain only) and the outbox: each message as
// written (mail_messages: the whole MIME text, PDF included, made when it was written, so it can
// wait offline) and its batches of BCC recipients (mail_batches). Another officer's laptop has
// its own mail account and outbox; syncing them would make two laptops send the same message.
QStringList version8()
{
    return {
        QStringLiteral("ALTER TABLE anglers ADD COLUMN " BOOL_COLUMN_ON("email_opt_in")),
        QStringLiteral("ALTER TABLE anglers ADD COLUMN " BOOL_COLUMN_ON("mail_results")),
        QStringLiteral("ALTER TABLE anglers ADD COLUMN " BOOL_COLUMN_ON("mail_news")),
        QStringLiteral("CREATE TABLE IF NOT EXISTS mail_settings (key TEXT PRIMARY KEY NOT NULL, "
                       "value TEXT NOT NULL) WITHOUT ROWID"),
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS mail_messages (id TEXT PRIMARY KEY NOT NULL, "
            "kind TEXT NOT NULL CHECK (kind IN ('results', 'standings', 'news', 'test')), "
            "topic TEXT NOT NULL DEFAULT '', "
            "subject TEXT NOT NULL, mime BLOB NOT NULL, sender TEXT NOT NULL, "
            "created_at INTEGER NOT NULL, "
            BOOL_COLUMN("cancelled") ")"),
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS mail_batches (message_id TEXT NOT NULL "
            "REFERENCES mail_messages(id), seq INTEGER NOT NULL, recipients TEXT NOT NULL, "
            "state TEXT NOT NULL DEFAULT 'waiting' "
            "CHECK (state IN ('waiting', 'sending', 'sent', 'failed', 'unknown')), "
            "attempts INTEGER NOT NULL DEFAULT 0, last_attempt INTEGER, sent_at INTEGER, "
            "answer TEXT NOT NULL DEFAULT '', "
            "PRIMARY KEY (message_id, seq)) WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS mail_batches_state ON mail_batches(state)"),
    };
}

// Version 9: the club's calendar besides its tournaments (holidays, other clubs' tournaments on a
// lake, the club's own meetings, banquet and elections), synced like every table; and each lake's
// map address (a link the officers open in the browser). The sync engine writes the new table's
// change-capture triggers and rewrites the lakes' base triggers for the new column.
QStringList version9()
{
    return {
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS calendar_events (" SYNC_COLUMNS
            "event_date TEXT NOT NULL " DATE_CHECK("event_date") ", "
            "kind TEXT NOT NULL DEFAULT 'club_event' CHECK (kind IN ('holiday', "
            "'other_tournament', 'meeting', 'banquet', 'election', 'club_event')), "
            "name TEXT NOT NULL CHECK (length(trim(name)) > 0), "
            "start_time TEXT " TIME_CHECK("start_time") ", "
            "end_time TEXT " TIME_CHECK("end_time") ", "
            "lake_id TEXT REFERENCES lakes(id), "
            "notes TEXT NOT NULL DEFAULT '', " BOOL_COLUMN("cancelled") ")"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS calendar_events_date ON "
                       "calendar_events(event_date)"),
        QStringLiteral("ALTER TABLE lakes ADD COLUMN map_url TEXT NOT NULL DEFAULT ''"),
    };
}

// Version 10: weights straight from the scale. Each entry says whether its weight and its big bass
// came from the scale or were typed (0 or NULL: typed, as every entry before); synced like
// every column of entries (the sync engine rewrites its lazy-base triggers for the new columns).
// The tournament log's result edits keep where the weights came from.
QStringList version10()
{
    // NULL is allowed (and read as typed): a record written by a laptop of an older version
    // reaches this one without these fields.
    QStringList statements = {
        QStringLiteral("ALTER TABLE entries ADD COLUMN gross_from_scale INTEGER DEFAULT 0 "
                       "CHECK (gross_from_scale IS NULL OR gross_from_scale IN (0, 1))"),
        QStringLiteral("ALTER TABLE entries ADD COLUMN big_bass_from_scale INTEGER DEFAULT 0 "
                       "CHECK (big_bass_from_scale IS NULL OR big_bass_from_scale IN (0, 1))"),
        QStringLiteral("DROP TRIGGER IF EXISTS log_entry_added"),
        QStringLiteral("DROP TRIGGER IF EXISTS log_entry_edited"),
    };
    return statements + entryLogTriggers(true);
}

} // namespace

namespace migrations {

const std::vector<Step> &steps()
{
    static const std::vector<Step> all = {
        {1, "the club's domain: people, seasons, places, tournaments, entries, boats, money",
         version1()},
        {2, "this laptop's own state (device id)", version2()},
        {3, "sync with the club server: change capture, outbox, conflicts", version3()},
        {4, "faster sync: outbox by row, row clock in the server's last known copy", version4()},
        {5, "sync conflicts: refused and duplicate records, undoable choices", version5()},
        {6, "the tournament log says what changed: member flags, edits of finalized results",
         version6()},
        {7, "the import from the club's web app: which web row each record came from",
         version7()},
        {8, "e-mail to the members: opt-in per person, this laptop's mail settings and outbox",
         version8()},
        {9, "the club's calendar (holidays, other clubs' tournaments, meetings) and lakes' map links",
         version9()},
        {10, "weights straight from the scale: where each entry's weights came from",
         version10()},
    };
    return all;
}

int latestVersion()
{
    return steps().back().version;
}

const QStringList &syncedTables()
{
    static const QStringList tables = {
        QStringLiteral("club"),        QStringLiteral("anglers"),     QStringLiteral("memberships"),
        QStringLiteral("officer_terms"), QStringLiteral("rulesets"),  QStringLiteral("lakes"),
        QStringLiteral("ramps"),       QStringLiteral("tournaments"), QStringLiteral("entries"),
        QStringLiteral("paper_fish"),  QStringLiteral("boats"),       QStringLiteral("ledger"),
        QStringLiteral("tournament_log"), QStringLiteral("calendar_events"),
    };
    return tables;
}

} // namespace migrations

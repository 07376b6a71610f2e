#include "sync/serverschema.h"

#include "sync/synclog.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QSqlQuery>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ServerSchema", text);
}

// Which tables each officer role may write; sabc_admin may write every table.
const char *const version1[] = {
    "CREATE TABLE IF NOT EXISTS sabc.meta (key text PRIMARY KEY, value text NOT NULL)",
    "INSERT INTO sabc.meta (key, value) VALUES ('server_id', gen_random_uuid()::text) "
    "ON CONFLICT (key) DO NOTHING",

    // Officer roles are cluster-wide: create them only if another club database has not already.
    "DO $$ DECLARE r text; BEGIN "
    "FOREACH r IN ARRAY ARRAY['sabc_director', 'sabc_secretary', 'sabc_treasurer', 'sabc_admin'] "
    "LOOP IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN "
    "BEGIN EXECUTE format('CREATE ROLE %I NOLOGIN', r); "
    "EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END; "
    "END IF; END LOOP; END $$",

    // Every synced row of every table: its fields and their hybrid-logical-clock stamps as JSON,
    // a tombstone flag, and the change order: a sequence number and the writing transaction.
    "CREATE SEQUENCE sabc.change_seq",
    "CREATE TABLE sabc.rows ("
    " tbl text NOT NULL CHECK (tbl ~ '^[a-z_][a-z0-9_]*$'),"
    " id text NOT NULL CHECK (length(id) = 36),"
    " data jsonb NOT NULL DEFAULT '{}',"
    " stamps jsonb NOT NULL DEFAULT '{}',"
    " modified bigint NOT NULL,"
    " origin text NOT NULL,"
    " deleted boolean NOT NULL DEFAULT false,"
    " seq bigint NOT NULL DEFAULT nextval('sabc.change_seq'),"
    " xid xid8 NOT NULL DEFAULT pg_current_xact_id(),"
    " PRIMARY KEY (tbl, id))",
    "CREATE INDEX rows_xid ON sabc.rows (xid)",
    "CREATE INDEX rows_seq ON sabc.rows (seq)",

    // Pushes already applied, so a retried push is never applied twice; result holds what the
    // first attempt answered (refused tables, conflicts).
    "CREATE TABLE sabc.applied_ops ("
    " op_id uuid PRIMARY KEY,"
    " login text NOT NULL DEFAULT session_user,"
    " applied_at timestamptz NOT NULL DEFAULT now(),"
    " result jsonb)",

    "CREATE TABLE sabc.table_roles (tbl text NOT NULL, role name NOT NULL, PRIMARY KEY (tbl, role))",
    "INSERT INTO sabc.table_roles (tbl, role) VALUES "
    "('tournaments', 'sabc_director'), ('entries', 'sabc_director'), ('boats', 'sabc_director'), "
    "('paper_fish', 'sabc_director'), ('tournament_log', 'sabc_director'), "
    "('rulesets', 'sabc_director'), ('lakes', 'sabc_director'), ('ramps', 'sabc_director'), "
    "('anglers', 'sabc_secretary'), ('memberships', 'sabc_secretary'), "
    "('officer_terms', 'sabc_secretary'), ('ledger', 'sabc_treasurer')",

    "CREATE FUNCTION sabc.may_write(p_tbl text) RETURNS boolean LANGUAGE sql STABLE AS $$ "
    "SELECT pg_has_role('sabc_admin', 'USAGE') OR EXISTS (SELECT 1 FROM sabc.table_roles r "
    "WHERE r.tbl = p_tbl AND pg_has_role(r.role, 'USAGE')) $$",

    "ALTER TABLE sabc.rows ENABLE ROW LEVEL SECURITY",
    "CREATE POLICY rows_read ON sabc.rows FOR SELECT USING (true)",
    "CREATE POLICY rows_insert ON sabc.rows FOR INSERT WITH CHECK (sabc.may_write(tbl))",
    "CREATE POLICY rows_update ON sabc.rows FOR UPDATE USING (true) "
    "WITH CHECK (sabc.may_write(tbl))",

    // Field-level last writer wins: per field, the higher stamp wins; equal stamps are decided
    // by the value's text so every server run decides the same way.
    "CREATE FUNCTION sabc.merge_fields(od jsonb, os jsonb, nd jsonb, ns jsonb, "
    "OUT data jsonb, OUT stamps jsonb) LANGUAGE sql IMMUTABLE AS $$ "
    "SELECT coalesce(jsonb_object_agg(k, CASE WHEN w THEN nd -> k ELSE od -> k END), '{}'), "
    "coalesce(jsonb_object_agg(k, CASE WHEN w THEN ns -> k ELSE os -> k END), '{}') "
    "FROM (SELECT k, CASE WHEN NOT (nd ? k) THEN false WHEN NOT (od ? k) THEN true "
    "WHEN coalesce((ns ->> k)::bigint, 0) <> coalesce((os ->> k)::bigint, 0) "
    "THEN coalesce((ns ->> k)::bigint, 0) > coalesce((os ->> k)::bigint, 0) "
    "ELSE (nd -> k)::text > (od -> k)::text END AS w "
    "FROM (SELECT jsonb_object_keys(od) UNION SELECT jsonb_object_keys(nd)) AS keys(k)) AS x $$",

    // One table's batch of a push: detects same-field conflicts on the given fields (the value
    // changed on the server since the laptop last saw it), then merges. Tombstones win. Runs with
    // the caller's rights, so row-level security decides what the login may write.
    "CREATE FUNCTION sabc.push(p_tbl text, p_rows jsonb, p_conflict_fields text[]) "
    "RETURNS jsonb LANGUAGE plpgsql AS $$ "
    "DECLARE v_conflicts jsonb; "
    "BEGIN "
    "PERFORM 1 FROM sabc.rows r WHERE r.tbl = p_tbl AND r.id IN "
    "(SELECT x ->> 'id' FROM jsonb_array_elements(p_rows) x) FOR UPDATE; "
    "SELECT coalesce(jsonb_agg(jsonb_build_object('id', i.id, 'field', k, 'mine', i.d -> k, "
    "'theirs', r.data -> k, 'mine_wins', "
    "coalesce((i.s ->> k)::bigint, 0) > coalesce((r.stamps ->> k)::bigint, 0))), '[]') "
    "INTO v_conflicts "
    "FROM jsonb_to_recordset(p_rows) AS i(id text, d jsonb, s jsonb, b jsonb, del boolean) "
    "JOIN sabc.rows r ON r.tbl = p_tbl AND r.id = i.id "
    "CROSS JOIN LATERAL jsonb_object_keys(coalesce(i.d, '{}')) AS k "
    "WHERE k = ANY (p_conflict_fields) AND NOT r.deleted AND NOT coalesce(i.del, false) "
    "AND r.data ? k AND (r.data -> k) IS DISTINCT FROM (i.d -> k) "
    "AND (r.stamps ->> k) IS DISTINCT FROM (i.b ->> k) "
    "AND (r.stamps ->> k) IS DISTINCT FROM (i.s ->> k); "
    "INSERT INTO sabc.rows AS t (tbl, id, data, stamps, modified, origin, deleted) "
    "SELECT p_tbl, i.id, coalesce(i.d, '{}'), coalesce(i.s, '{}'), i.m, i.o, coalesce(i.del, false) "
    "FROM jsonb_to_recordset(p_rows) AS i(id text, d jsonb, s jsonb, del boolean, m bigint, o text) "
    "ON CONFLICT (tbl, id) DO UPDATE SET "
    "(data, stamps) = (SELECT mf.data, mf.stamps FROM "
    "sabc.merge_fields(t.data, t.stamps, excluded.data, excluded.stamps) mf), "
    "deleted = t.deleted OR excluded.deleted, "
    "modified = greatest(t.modified, excluded.modified), "
    "origin = CASE WHEN excluded.modified > t.modified THEN excluded.origin ELSE t.origin END, "
    "seq = nextval('sabc.change_seq'), xid = pg_current_xact_id(); "
    "RETURN v_conflicts; "
    "END $$",

    // Money records are appended, never edited, on the server too.
    "CREATE FUNCTION sabc.ledger_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
    "IF EXISTS (SELECT 1 FROM unnest(ARRAY['amount_cents', 'kind', 'fund', 'angler_id', "
    "'tournament_id', 'entry_date', 'reverses_id']) f "
    "WHERE OLD.data ? f AND (NEW.data -> f) IS DISTINCT FROM (OLD.data -> f)) THEN "
    "RAISE EXCEPTION 'ledger entries are never edited; record a correction' "
    "USING ERRCODE = 'check_violation'; END IF; RETURN NEW; END $$",
    "CREATE TRIGGER rows_ledger_append_only BEFORE UPDATE ON sabc.rows FOR EACH ROW "
    "WHEN (OLD.tbl = 'ledger') EXECUTE FUNCTION sabc.ledger_append_only()",

    // Officer logins: created by the server's owner only; the password arrives as a verifier.
    "CREATE FUNCTION sabc.add_user(p_name text, p_role text, p_verifier text) RETURNS boolean "
    "LANGUAGE plpgsql AS $$ DECLARE v_created boolean := false; r text; BEGIN "
    "IF p_role NOT IN ('sabc_director', 'sabc_secretary', 'sabc_treasurer', 'sabc_admin') THEN "
    "RAISE EXCEPTION 'unknown role %', p_role; END IF; "
    "IF p_verifier NOT LIKE 'SCRAM-SHA-256$%' THEN "
    "RAISE EXCEPTION 'a password verifier is expected'; END IF; "
    "IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_name) THEN "
    "EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', p_name, p_verifier); v_created := true; "
    "ELSE EXECUTE format('ALTER ROLE %I LOGIN PASSWORD %L', p_name, p_verifier); END IF; "
    "FOREACH r IN ARRAY ARRAY['sabc_director', 'sabc_secretary', 'sabc_treasurer', 'sabc_admin'] "
    "LOOP IF r <> p_role AND pg_has_role(p_name, r, 'MEMBER') THEN "
    "EXECUTE format('REVOKE %I FROM %I', r, p_name); END IF; END LOOP; "
    "EXECUTE format('GRANT %I TO %I', p_role, p_name); "
    "EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), p_name); "
    "RETURN v_created; END $$",
    "REVOKE ALL ON FUNCTION sabc.add_user(text, text, text) FROM PUBLIC",

    // Everyone reads; writes go through row-level security; nobody deletes (tombstones).
    "GRANT USAGE ON SCHEMA sabc TO sabc_director, sabc_secretary, sabc_treasurer, sabc_admin",
    "GRANT SELECT ON sabc.meta, sabc.table_roles TO "
    "sabc_director, sabc_secretary, sabc_treasurer, sabc_admin",
    "GRANT SELECT, INSERT, UPDATE ON sabc.rows TO "
    "sabc_director, sabc_secretary, sabc_treasurer, sabc_admin",
    "GRANT SELECT, INSERT, UPDATE ON sabc.applied_ops TO "
    "sabc_director, sabc_secretary, sabc_treasurer, sabc_admin",
    "GRANT USAGE ON SEQUENCE sabc.change_seq TO "
    "sabc_director, sabc_secretary, sabc_treasurer, sabc_admin",
};

// Version 2: a faster push. Rows may come without stamps ("s"): every field they carry is then
// stamped with the row's clock ("m"), which keeps a new row's text half as long. Conflicts are
// looked for only when some of the rows already exist on the server.
const char *const version2[] = {
    "CREATE OR REPLACE FUNCTION sabc.push(p_tbl text, p_rows jsonb, p_conflict_fields text[]) "
    "RETURNS jsonb LANGUAGE plpgsql AS $$ "
    "DECLARE v_conflicts jsonb := '[]'; "
    "BEGIN "
    "PERFORM 1 FROM sabc.rows r WHERE r.tbl = p_tbl AND r.id IN "
    "(SELECT x ->> 'id' FROM jsonb_array_elements(p_rows) x) FOR UPDATE; "
    "IF FOUND THEN "
    "SELECT coalesce(jsonb_agg(jsonb_build_object('id', i.id, 'field', k, 'mine', i.d -> k, "
    "'theirs', r.data -> k, 'mine_wins', "
    "coalesce(coalesce(i.s ->> k, i.m::text)::bigint, 0) > coalesce((r.stamps ->> k)::bigint, 0))), "
    "'[]') INTO v_conflicts "
    "FROM jsonb_to_recordset(p_rows) AS i(id text, d jsonb, s jsonb, b jsonb, del boolean, m bigint) "
    "JOIN sabc.rows r ON r.tbl = p_tbl AND r.id = i.id "
    "CROSS JOIN LATERAL jsonb_object_keys(coalesce(i.d, '{}')) AS k "
    "WHERE k = ANY (p_conflict_fields) AND NOT r.deleted AND NOT coalesce(i.del, false) "
    "AND r.data ? k AND (r.data -> k) IS DISTINCT FROM (i.d -> k) "
    "AND (r.stamps ->> k) IS DISTINCT FROM (i.b ->> k) "
    "AND (r.stamps ->> k) IS DISTINCT FROM coalesce(i.s ->> k, i.m::text); "
    "END IF; "
    "INSERT INTO sabc.rows AS t (tbl, id, data, stamps, modified, origin, deleted) "
    "SELECT p_tbl, i.id, coalesce(i.d, '{}'), coalesce(i.s, (SELECT coalesce(jsonb_object_agg("
    "k, to_jsonb(i.m::text)), '{}') FROM jsonb_object_keys(coalesce(i.d, '{}')) AS k)), "
    "i.m, i.o, coalesce(i.del, false) "
    "FROM jsonb_to_recordset(p_rows) AS i(id text, d jsonb, s jsonb, del boolean, m bigint, o text) "
    "ON CONFLICT (tbl, id) DO UPDATE SET "
    "(data, stamps) = (SELECT mf.data, mf.stamps FROM "
    "sabc.merge_fields(t.data, t.stamps, excluded.data, excluded.stamps) mf), "
    "deleted = t.deleted OR excluded.deleted, "
    "modified = greatest(t.modified, excluded.modified), "
    "origin = CASE WHEN excluded.modified > t.modified THEN excluded.origin ELSE t.origin END, "
    "seq = nextval('sabc.change_seq'), xid = pg_current_xact_id(); "
    "RETURN v_conflicts; "
    "END $$",
};

// Version 3: pushes arrive by COPY into a temporary table (sabc_stage) and are merged from there
// in one statement, and a row written whole keeps no per-field stamps: a field without a stamp of
// its own was written at the row's clock ("modified"). A row that is merged gets every stamp
// spelled out, so "modified" may move on without changing older fields' stamps.
const char *const version3[] = {
    "DROP FUNCTION IF EXISTS sabc.push(text, jsonb, text[])",
    // Pulls select by transaction and sort what they fetch: an index on the change number only
    // slowed every write.
    "DROP INDEX IF EXISTS sabc.rows_seq",
    // Every field of `data` with its stamp: its own, or the row's clock.
    "CREATE OR REPLACE FUNCTION sabc.full_stamps(p_data jsonb, p_stamps jsonb, p_modified bigint) "
    "RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$ "
    "SELECT coalesce(p_stamps, '{}') || coalesce((SELECT jsonb_object_agg(k, to_jsonb(p_modified::text)) "
    "FROM jsonb_object_keys(coalesce(p_data, '{}')) AS k WHERE NOT (coalesce(p_stamps, '{}') ? k)), '{}') $$",
    // One table's rows, staged by the caller in pg_temp.sabc_stage (id, d, s, b, del, m, o):
    // detects same-field conflicts on the given fields (the value changed on the server since the
    // laptop last saw it), then merges field by field. Tombstones win. Runs with the caller's
    // rights, so row-level security decides what the login may write.
    // The staged rows drive every lookup, one index probe each (LATERAL ... LIMIT 1 keeps the
    // planner from reading the whole table for one edit: the temporary table has no statistics,
    // and after a large push the table's may be out of date).
    // (No JIT: compiling the per-row lookups costs more than running them.)
    "CREATE OR REPLACE FUNCTION sabc.push_staged(p_tbl text, p_conflict_fields text[]) "
    "RETURNS jsonb LANGUAGE plpgsql SET jit = off AS $$ "
    "DECLARE v_conflicts jsonb := '[]'; "
    "BEGIN "
    // Rows all new to the server (a first push): one plain insert, nothing to merge or compare.
    // If any exists already (or a concurrent push just wrote it), that insert is undone and the
    // rows take the merging way.
    "BEGIN "
    "INSERT INTO sabc.rows (tbl, id, data, stamps, modified, origin, deleted) "
    "SELECT p_tbl, i.id, coalesce(i.d, '{}'), coalesce(i.s, '{}'), i.m, i.o, i.del "
    "FROM pg_temp.sabc_stage i; "
    "RETURN v_conflicts; "
    "EXCEPTION WHEN unique_violation THEN NULL; "
    "END; "
    "PERFORM 1 FROM pg_temp.sabc_stage i CROSS JOIN LATERAL (SELECT 1 FROM sabc.rows r "
    "WHERE r.tbl = p_tbl AND r.id = i.id LIMIT 1 FOR UPDATE) AS l; "
    "IF FOUND THEN "
    "SELECT coalesce(jsonb_agg(jsonb_build_object('id', i.id, 'field', k, 'mine', i.d -> k, "
    "'theirs', r.data -> k, 'mine_wins', "
    "coalesce(i.s ->> k, i.m::text)::bigint > coalesce(r.stamps ->> k, r.modified::text)::bigint)), "
    "'[]') INTO v_conflicts "
    "FROM pg_temp.sabc_stage i CROSS JOIN LATERAL (SELECT r.data, r.stamps, r.modified, r.deleted "
    "FROM sabc.rows r WHERE r.tbl = p_tbl AND r.id = i.id LIMIT 1) AS r "
    "CROSS JOIN LATERAL jsonb_object_keys(coalesce(i.d, '{}')) AS k "
    "WHERE k = ANY (p_conflict_fields) AND NOT r.deleted AND NOT i.del "
    "AND r.data ? k AND (r.data -> k) IS DISTINCT FROM (i.d -> k) "
    "AND coalesce(r.stamps ->> k, r.modified::text) IS DISTINCT FROM (i.b ->> k) "
    "AND coalesce(r.stamps ->> k, r.modified::text) IS DISTINCT FROM coalesce(i.s ->> k, i.m::text); "
    "END IF; "
    "INSERT INTO sabc.rows AS t (tbl, id, data, stamps, modified, origin, deleted) "
    "SELECT p_tbl, i.id, coalesce(i.d, '{}'), coalesce(i.s, '{}'), i.m, i.o, i.del "
    "FROM pg_temp.sabc_stage i "
    "ON CONFLICT (tbl, id) DO UPDATE SET "
    "(data, stamps) = (SELECT mf.data, mf.stamps FROM sabc.merge_fields(t.data, "
    "sabc.full_stamps(t.data, t.stamps, t.modified), excluded.data, "
    "sabc.full_stamps(excluded.data, excluded.stamps, excluded.modified)) mf), "
    "deleted = t.deleted OR excluded.deleted, "
    "modified = greatest(t.modified, excluded.modified), "
    "origin = CASE WHEN excluded.modified > t.modified THEN excluded.origin ELSE t.origin END, "
    "seq = nextval('sabc.change_seq'), xid = pg_current_xact_id(); "
    "RETURN v_conflicts; "
    "END $$",
};

struct Step
{
    int version;
    QStringList statements;
};

const std::vector<Step> &steps()
{
    static const std::vector<Step> all = [] {
        QStringList v1, v2, v3;
        for (const char *sql : version1)
            v1 << QString::fromUtf8(sql);
        for (const char *sql : version2)
            v2 << QString::fromUtf8(sql);
        for (const char *sql : version3)
            v3 << QString::fromUtf8(sql);
        return std::vector<Step>{{1, v1}, {2, v2}, {3, v3}};
    }();
    return all;
}

} // namespace

namespace ServerSchema {

int latestVersion()
{
    return steps().back().version;
}

const QStringList &roleNames()
{
    static const QStringList names = {QStringLiteral("director"), QStringLiteral("secretary"),
                                      QStringLiteral("treasurer"), QStringLiteral("admin")};
    return names;
}

Result<int> version(ServerConnection &server)
{
    QSqlQuery q(server.database());
    q.prepare(QStringLiteral("SELECT to_regclass('sabc.meta') IS NOT NULL"));
    if (Status s = server.exec(q, tr("read the server's version")); !s)
        return Result<int>::failure(s.error());
    if (!q.next() || !q.value(0).toBool())
        return 0;
    QSqlQuery v(server.database());
    v.prepare(QStringLiteral("SELECT value FROM sabc.meta WHERE key = ?"));
    v.addBindValue(QStringLiteral("schema_version"));
    if (Status s = server.exec(v, tr("read the server's version")); !s)
        return Result<int>::failure(s.error());
    return v.next() ? v.value(0).toInt() : 0;
}

Result<int> migrate(ServerConnection &server)
{
    if (Status s = server.command(QStringLiteral("BEGIN"), tr("start setting up the server")); !s)
        return Result<int>::failure(s.error());
    auto fail = [&](const QString &error) {
        if (Status r = server.command(QStringLiteral("ROLLBACK"), tr("undo the set-up")); !r)
            qCWarning(lcSync).noquote() << r.error();
        return Result<int>::failure(error);
    };
    // Two set-ups at once wait for each other instead of both creating the schema.
    if (Status s = server.command(QStringLiteral("SELECT pg_advisory_xact_lock(1396851523)"),
                                  tr("wait for another set-up of the server"));
        !s)
        return fail(s.error());
    if (Status s = server.command(QStringLiteral("CREATE SCHEMA IF NOT EXISTS sabc"),
                                  tr("create the club's schema on the server"));
        !s)
        return fail(s.error());
    auto found = version(server);
    if (!found)
        return fail(found.error());
    if (found.value() > latestVersion())
        return fail(tr("The server was set up by a newer version of SABC Tournament Manager "
                       "(server version %1; this app knows up to %2). Update the app.")
                        .arg(found.value())
                        .arg(latestVersion()));
    for (const Step &step : steps()) {
        if (step.version <= found.value())
            continue;
        qCInfo(lcSync) << "upgrading the server schema to version" << step.version;
        for (const QString &sql : step.statements) {
            if (Status s = server.command(sql, tr("upgrade the server to version %1").arg(step.version));
                !s)
                return fail(s.error());
        }
        QSqlQuery v(server.database());
        v.prepare(QStringLiteral("INSERT INTO sabc.meta (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
        v.addBindValue(QStringLiteral("schema_version"));
        v.addBindValue(QString::number(step.version));
        if (Status s = server.exec(v, tr("record the server's version")); !s)
            return fail(s.error());
    }
    if (Status s = server.command(QStringLiteral("COMMIT"), tr("finish setting up the server")); !s)
        return Result<int>::failure(s.error());
    return found.value();
}

Result<bool> addUser(ServerConnection &server, const QString &name, const QString &role,
                     const QString &password)
{
    if (!roleNames().contains(role))
        return Result<bool>::failure(tr("\"%1\" is not a role; use one of %2.")
                                         .arg(role, roleNames().join(QStringLiteral(", "))));
    if (name.trimmed().isEmpty() || name.startsWith(QLatin1String("sabc_")) ||
        name.startsWith(QLatin1String("pg_")))
        return Result<bool>::failure(tr("\"%1\" cannot be a login name.").arg(name));
    if (password.isEmpty())
        return Result<bool>::failure(tr("The new password is empty."));
    QSqlQuery q(server.database());
    q.prepare(QStringLiteral("SELECT sabc.add_user(?, ?, ?)"));
    q.addBindValue(name);
    q.addBindValue(QStringLiteral("sabc_") + role);
    q.addBindValue(scramVerifier(password));
    if (Status s = server.exec(q, tr("add the login \"%1\"").arg(name)); !s)
        return Result<bool>::failure(s.error());
    return q.next() && q.value(0).toBool();
}

QString scramVerifier(const QString &password)
{
    constexpr int iterations = 4096;
    QByteArray salt(16, Qt::Uninitialized);
    for (char &c : salt)
        c = char(QRandomGenerator::system()->bounded(256));
    const QByteArray salted = QPasswordDigestor::deriveKeyPbkdf2(
        QCryptographicHash::Sha256, password.toUtf8(), salt, iterations, 32);
    const QByteArray clientKey = QMessageAuthenticationCode::hash(
        QByteArrayLiteral("Client Key"), salted, QCryptographicHash::Sha256);
    const QByteArray storedKey = QCryptographicHash::hash(clientKey, QCryptographicHash::Sha256);
    const QByteArray serverKey = QMessageAuthenticationCode::hash(
        QByteArrayLiteral("Server Key"), salted, QCryptographicHash::Sha256);
    return QStringLiteral("SCRAM-SHA-256$%1:%2$%3:%4")
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(storedKey.toBase64()),
             QString::fromLatin1(serverKey.toBase64()));
}

} // namespace ServerSchema

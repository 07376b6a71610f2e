-- Server schema version 1: the shared row store in schema sabc, the change order, the officer
-- roles and the row-level security that lets each role write only its tables.
-- Statements end at a line holding only ";" and run one by one (ServerSchema::migrate); a ";"
-- line never stands inside a $$ body.

CREATE TABLE IF NOT EXISTS sabc.meta (key text PRIMARY KEY, value text NOT NULL)
;
INSERT INTO sabc.meta (key, value) VALUES ('server_id', gen_random_uuid()::text)
ON CONFLICT (key) DO NOTHING
;
-- Officer roles are cluster-wide: create them only if another club database has not already.
DO $$ DECLARE r text; BEGIN
FOREACH r IN ARRAY ARRAY['sabc_director', 'sabc_secretary', 'sabc_treasurer', 'sabc_admin']
LOOP IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
BEGIN EXECUTE format('CREATE ROLE %I NOLOGIN', r);
EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END;
END IF; END LOOP; END $$
;
-- Every synced row of every table: its fields and their hybrid-logical-clock stamps as JSON,
-- a tombstone flag, and the change order: a sequence number and the writing transaction.
CREATE SEQUENCE sabc.change_seq
;
CREATE TABLE sabc.rows (
 tbl text NOT NULL CHECK (tbl ~ '^[a-z_][a-z0-9_]*$'),
 id text NOT NULL CHECK (length(id) = 36),
 data jsonb NOT NULL DEFAULT '{}',
 stamps jsonb NOT NULL DEFAULT '{}',
 modified bigint NOT NULL,
 origin text NOT NULL,
 deleted boolean NOT NULL DEFAULT false,
 seq bigint NOT NULL DEFAULT nextval('sabc.change_seq'),
 xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
 PRIMARY KEY (tbl, id))
;
CREATE INDEX rows_xid ON sabc.rows (xid)
;
CREATE INDEX rows_seq ON sabc.rows (seq)
;
-- Pushes already applied, so a retried push is never applied twice; result holds what the
-- first attempt answered (refused tables, conflicts).
CREATE TABLE sabc.applied_ops (
 op_id uuid PRIMARY KEY,
 login text NOT NULL DEFAULT session_user,
 applied_at timestamptz NOT NULL DEFAULT now(),
 result jsonb)
;
-- Which tables each officer role may write; sabc_admin may write every table.
CREATE TABLE sabc.table_roles (tbl text NOT NULL, role name NOT NULL, PRIMARY KEY (tbl, role))
;
INSERT INTO sabc.table_roles (tbl, role) VALUES
('tournaments', 'sabc_director'), ('entries', 'sabc_director'), ('boats', 'sabc_director'),
('paper_fish', 'sabc_director'), ('tournament_log', 'sabc_director'),
('rulesets', 'sabc_director'), ('lakes', 'sabc_director'), ('ramps', 'sabc_director'),
('anglers', 'sabc_secretary'), ('memberships', 'sabc_secretary'),
('officer_terms', 'sabc_secretary'), ('ledger', 'sabc_treasurer')
;
CREATE FUNCTION sabc.may_write(p_tbl text) RETURNS boolean LANGUAGE sql STABLE AS $$
SELECT pg_has_role('sabc_admin', 'USAGE') OR EXISTS (SELECT 1 FROM sabc.table_roles r
WHERE r.tbl = p_tbl AND pg_has_role(r.role, 'USAGE')) $$
;
ALTER TABLE sabc.rows ENABLE ROW LEVEL SECURITY
;
CREATE POLICY rows_read ON sabc.rows FOR SELECT USING (true)
;
CREATE POLICY rows_insert ON sabc.rows FOR INSERT WITH CHECK (sabc.may_write(tbl))
;
CREATE POLICY rows_update ON sabc.rows FOR UPDATE USING (true)
WITH CHECK (sabc.may_write(tbl))
;
-- Field-level last writer wins: per field, the higher stamp wins; equal stamps are decided
-- by the value's text so every server run decides the same way.
CREATE FUNCTION sabc.merge_fields(od jsonb, os jsonb, nd jsonb, ns jsonb,
OUT data jsonb, OUT stamps jsonb) LANGUAGE sql IMMUTABLE AS $$
SELECT coalesce(jsonb_object_agg(k, CASE WHEN w THEN nd -> k ELSE od -> k END), '{}'),
coalesce(jsonb_object_agg(k, CASE WHEN w THEN ns -> k ELSE os -> k END), '{}')
FROM (SELECT k, CASE WHEN NOT (nd ? k) THEN false WHEN NOT (od ? k) THEN true
WHEN coalesce((ns ->> k)::bigint, 0) <> coalesce((os ->> k)::bigint, 0)
THEN coalesce((ns ->> k)::bigint, 0) > coalesce((os ->> k)::bigint, 0)
ELSE (nd -> k)::text > (od -> k)::text END AS w
FROM (SELECT jsonb_object_keys(od) UNION SELECT jsonb_object_keys(nd)) AS keys(k)) AS x $$
;
-- One table's batch of a push: detects same-field conflicts on the given fields (the value
-- changed on the server since the laptop last saw it), then merges. Tombstones win. Runs with
-- the caller's rights, so row-level security decides what the login may write.
CREATE FUNCTION sabc.push(p_tbl text, p_rows jsonb, p_conflict_fields text[])
RETURNS jsonb LANGUAGE plpgsql AS $$
DECLARE v_conflicts jsonb;
BEGIN
PERFORM 1 FROM sabc.rows r WHERE r.tbl = p_tbl AND r.id IN
(SELECT x ->> 'id' FROM jsonb_array_elements(p_rows) x) FOR UPDATE;
SELECT coalesce(jsonb_agg(jsonb_build_object('id', i.id, 'field', k, 'mine', i.d -> k,
'theirs', r.data -> k, 'mine_wins',
coalesce((i.s ->> k)::bigint, 0) > coalesce((r.stamps ->> k)::bigint, 0))), '[]')
INTO v_conflicts
FROM jsonb_to_recordset(p_rows) AS i(id text, d jsonb, s jsonb, b jsonb, del boolean)
JOIN sabc.rows r ON r.tbl = p_tbl AND r.id = i.id
CROSS JOIN LATERAL jsonb_object_keys(coalesce(i.d, '{}')) AS k
WHERE k = ANY (p_conflict_fields) AND NOT r.deleted AND NOT coalesce(i.del, false)
AND r.data ? k AND (r.data -> k) IS DISTINCT FROM (i.d -> k)
AND (r.stamps ->> k) IS DISTINCT FROM (i.b ->> k)
AND (r.stamps ->> k) IS DISTINCT FROM (i.s ->> k);
INSERT INTO sabc.rows AS t (tbl, id, data, stamps, modified, origin, deleted)
SELECT p_tbl, i.id, coalesce(i.d, '{}'), coalesce(i.s, '{}'), i.m, i.o, coalesce(i.del, false)
FROM jsonb_to_recordset(p_rows) AS i(id text, d jsonb, s jsonb, del boolean, m bigint, o text)
ON CONFLICT (tbl, id) DO UPDATE SET
(data, stamps) = (SELECT mf.data, mf.stamps FROM
sabc.merge_fields(t.data, t.stamps, excluded.data, excluded.stamps) mf),
deleted = t.deleted OR excluded.deleted,
modified = greatest(t.modified, excluded.modified),
origin = CASE WHEN excluded.modified > t.modified THEN excluded.origin ELSE t.origin END,
seq = nextval('sabc.change_seq'), xid = pg_current_xact_id();
RETURN v_conflicts;
END $$
;
-- Money records are appended, never edited, on the server too.
CREATE FUNCTION sabc.ledger_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
IF EXISTS (SELECT 1 FROM unnest(ARRAY['amount_cents', 'kind', 'fund', 'angler_id',
'tournament_id', 'entry_date', 'reverses_id']) f
WHERE OLD.data ? f AND (NEW.data -> f) IS DISTINCT FROM (OLD.data -> f)) THEN
RAISE EXCEPTION 'ledger entries are never edited; record a correction'
USING ERRCODE = 'check_violation'; END IF; RETURN NEW; END $$
;
CREATE TRIGGER rows_ledger_append_only BEFORE UPDATE ON sabc.rows FOR EACH ROW
WHEN (OLD.tbl = 'ledger') EXECUTE FUNCTION sabc.ledger_append_only()
;
-- Officer logins: created by the server's owner only; the password arrives as a verifier.
CREATE FUNCTION sabc.add_user(p_name text, p_role text, p_verifier text) RETURNS boolean
LANGUAGE plpgsql AS $$ DECLARE v_created boolean := false; r text; BEGIN
IF p_role NOT IN ('sabc_director', 'sabc_secretary', 'sabc_treasurer', 'sabc_admin') THEN
RAISE EXCEPTION 'unknown role %', p_role; END IF;
IF p_verifier NOT LIKE 'SCRAM-SHA-256$%' THEN
RAISE EXCEPTION 'a password verifier is expected'; END IF;
IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_name) THEN
EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', p_name, p_verifier); v_created := true;
ELSE EXECUTE format('ALTER ROLE %I LOGIN PASSWORD %L', p_name, p_verifier); END IF;
FOREACH r IN ARRAY ARRAY['sabc_director', 'sabc_secretary', 'sabc_treasurer', 'sabc_admin']
LOOP IF r <> p_role AND pg_has_role(p_name, r, 'MEMBER') THEN
EXECUTE format('REVOKE %I FROM %I', r, p_name); END IF; END LOOP;
EXECUTE format('GRANT %I TO %I', p_role, p_name);
EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), p_name);
RETURN v_created; END $$
;
REVOKE ALL ON FUNCTION sabc.add_user(text, text, text) FROM PUBLIC
;
-- Everyone reads; writes go through row-level security; nobody deletes (tombstones).
GRANT USAGE ON SCHEMA sabc TO sabc_director, sabc_secretary, sabc_treasurer, sabc_admin
;
GRANT SELECT ON sabc.meta, sabc.table_roles TO
sabc_director, sabc_secretary, sabc_treasurer, sabc_admin
;
GRANT SELECT, INSERT, UPDATE ON sabc.rows TO
sabc_director, sabc_secretary, sabc_treasurer, sabc_admin
;
GRANT SELECT, INSERT, UPDATE ON sabc.applied_ops TO
sabc_director, sabc_secretary, sabc_treasurer, sabc_admin
;
GRANT USAGE ON SEQUENCE sabc.change_seq TO
sabc_director, sabc_secretary, sabc_treasurer, sabc_admin
;

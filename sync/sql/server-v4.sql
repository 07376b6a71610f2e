-- Server schema version 4: logins that hold against raw SQL.
-- * Officer roles belong to one club database (sabc_<database>_director ...); only they may
--   connect to it (PUBLIC loses CONNECT). Logins made under version 1's cluster-wide roles move to
--   this database's roles when they had been let into this database.
-- * A record's identity and bookkeeping (tbl, id, seq, xid) are out of every login's reach
--   (column privileges; a trigger stamps seq and xid on every change); the update policy checks
--   the record's table before and after; a deleted record stays deleted; the ledger is
--   append-only (no edit, no tombstone); each login writes only its own entries in
--   sabc.applied_ops, once.
-- * The secretary may append dues payments to the ledger (and nothing else there), so a payment
--   recorded by the secretary reaches the server whole. Likewise a payment recorded by the
--   treasurer: in the secretary's tables the treasurer may change an angler's paid-through season
--   (nothing else of the record) and add or end memberships (never change one).
-- * The server refuses records that break the club's rules (types, ranges, required fields per
--   table; sabc.field_rules) with a named refusal (check_violation), like the laptop's CHECKs.
-- * Logins are managed by the club's administrator (or the server's owner) through functions:
--   add_user refuses logins the club did not make; logins are listed, disabled and reset.
-- Every statement may run again (a server whose recorded version was set back re-runs it).
-- Statements end at a line holding only ";" and run one by one (ServerSchema::migrate); a ";"
-- line never stands inside a $$ body.

-- This database's name for an officer role ('director', 'secretary', 'treasurer', 'admin').
CREATE OR REPLACE FUNCTION sabc.role_name(p_role text) RETURNS name LANGUAGE sql STABLE AS $$
SELECT (CASE WHEN octet_length('sabc_' || current_database() || '_' || p_role) <= 63
THEN 'sabc_' || current_database() || '_' || p_role
ELSE 'sabc_' || left(md5(current_database()), 24) || '_' || p_role END)::name $$
;
UPDATE sabc.table_roles SET role = substr(role, 6) WHERE role LIKE 'sabc\_%'
;
-- The roles, CONNECT, and the logins of version 1 moved over.
DO $$ DECLARE r text; v_role name; v_old name; m record; BEGIN
FOREACH r IN ARRAY ARRAY['director', 'secretary', 'treasurer', 'admin'] LOOP
v_role := sabc.role_name(r);
v_old := ('sabc_' || r)::name;
IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = v_role) THEN
EXECUTE format('CREATE ROLE %I NOLOGIN', v_role);
END IF;
EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), v_role);
IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = v_old) THEN
FOR m IN SELECT u.oid, u.rolname FROM pg_auth_members am
JOIN pg_roles g ON g.oid = am.roleid JOIN pg_roles u ON u.oid = am.member
WHERE g.rolname = v_old AND EXISTS (SELECT 1 FROM pg_database d, aclexplode(d.datacl) a
WHERE d.datname = current_database() AND a.grantee = u.oid AND a.privilege_type = 'CONNECT')
LOOP
EXECUTE format('GRANT %I TO %I', v_role, m.rolname);
EXECUTE format('REVOKE CONNECT ON DATABASE %I FROM %I', current_database(), m.rolname);
IF NOT EXISTS (SELECT 1 FROM pg_database d, aclexplode(d.datacl) a
WHERE d.datname <> current_database() AND a.grantee = m.oid AND a.privilege_type = 'CONNECT') THEN
EXECUTE format('REVOKE %I FROM %I', v_old, m.rolname);
END IF;
END LOOP;
EXECUTE format('REVOKE ALL ON ALL TABLES IN SCHEMA sabc FROM %I', v_old);
EXECUTE format('REVOKE ALL ON ALL SEQUENCES IN SCHEMA sabc FROM %I', v_old);
EXECUTE format('REVOKE ALL ON SCHEMA sabc FROM %I', v_old);
-- (The old role stays: club databases not upgraded yet still use it.)
END IF;
END LOOP;
EXECUTE format('REVOKE CONNECT ON DATABASE %I FROM PUBLIC', current_database());
END $$
;
CREATE OR REPLACE FUNCTION sabc.may_write(p_tbl text) RETURNS boolean LANGUAGE sql STABLE AS $$
SELECT pg_has_role(sabc.role_name('admin'), 'USAGE') OR EXISTS (SELECT 1 FROM sabc.table_roles r
WHERE r.tbl = p_tbl AND pg_has_role(sabc.role_name(r.role), 'USAGE')) $$
;
-- The secretary records dues payments: a dues row of the operating fund for an angler, appended.
CREATE OR REPLACE FUNCTION sabc.may_append_dues(p_tbl text, p_data jsonb) RETURNS boolean
LANGUAGE sql STABLE AS $$
SELECT p_tbl = 'ledger' AND pg_has_role(sabc.role_name('secretary'), 'USAGE')
AND p_data ->> 'kind' = 'dues' AND p_data ->> 'fund' = 'operating'
AND p_data ->> 'angler_id' IS NOT NULL AND p_data ->> 'tournament_id' IS NULL $$
;
-- The treasurer records dues payments: the payment's ledger row is theirs, the angler's
-- paid-through season and the memberships it pays for are in the secretary's tables. What the
-- treasurer may do there is narrowed further by sabc.rows_guard: an angler's record changes only
-- in its paid-through season, a membership is added or ended, never changed.
CREATE OR REPLACE FUNCTION sabc.may_record_dues(p_tbl text) RETURNS boolean
LANGUAGE sql STABLE AS $$
SELECT CASE WHEN p_tbl IN ('anglers', 'memberships')
THEN pg_has_role(sabc.role_name('treasurer'), 'USAGE') ELSE false END $$
;
-- What the treasurer's push may insert for a dues payment: a membership, or an angler's record the
-- server already has (a push tries an insert first, and an upsert checks the insert before it
-- turns into an update; a new angler never goes in).
CREATE OR REPLACE FUNCTION sabc.may_insert_for_dues(p_tbl text, p_id text) RETURNS boolean
LANGUAGE sql STABLE AS $$
SELECT CASE WHEN p_tbl = 'memberships' THEN sabc.may_record_dues(p_tbl)
WHEN p_tbl = 'anglers' THEN sabc.may_record_dues(p_tbl)
AND EXISTS (SELECT 1 FROM sabc.rows r WHERE r.tbl = 'anglers' AND r.id = p_id)
ELSE false END $$
;
DROP POLICY IF EXISTS rows_insert ON sabc.rows
;
DROP POLICY IF EXISTS rows_update ON sabc.rows
;
CREATE POLICY rows_insert ON sabc.rows FOR INSERT
WITH CHECK (sabc.may_write(tbl) OR sabc.may_append_dues(tbl, data)
OR sabc.may_insert_for_dues(tbl, id))
;
-- Checked on the record as it was (USING) and as it would be (WITH CHECK).
CREATE POLICY rows_update ON sabc.rows FOR UPDATE
USING (sabc.may_write(tbl) OR sabc.may_record_dues(tbl))
WITH CHECK (sabc.may_write(tbl) OR sabc.may_record_dues(tbl))
;
-- Every change of a record: its table and id stay, a tombstone stays, ledger entries are never
-- edited or deleted; the change order (seq, xid) is the server's, never the client's. A login
-- reaching the secretary's anglers and memberships only to record dues (the treasurer) changes
-- an angler's paid-through season and nothing else of the record (no other field, no field's
-- stamp, no delete), and ends a membership or leaves it as it is.
DROP TRIGGER IF EXISTS rows_ledger_append_only ON sabc.rows
;
DROP FUNCTION IF EXISTS sabc.ledger_append_only()
;
CREATE OR REPLACE FUNCTION sabc.rows_guard() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
IF NEW.tbl IS DISTINCT FROM OLD.tbl OR NEW.id IS DISTINCT FROM OLD.id THEN
RAISE EXCEPTION 'a record never moves to another table or id'
USING ERRCODE = 'insufficient_privilege'; END IF;
IF OLD.deleted AND NOT NEW.deleted THEN
RAISE EXCEPTION 'a deleted % record stays deleted (%)', OLD.tbl, OLD.id
USING ERRCODE = 'check_violation', CONSTRAINT = 'sabc_deletes_stick'; END IF;
IF OLD.tbl = 'ledger' AND (NEW.deleted OR NEW.data IS DISTINCT FROM OLD.data) THEN
RAISE EXCEPTION 'ledger entries are never edited or deleted; record a reversing entry (%)', OLD.id
USING ERRCODE = 'check_violation', CONSTRAINT = 'sabc_ledger_append_only'; END IF;
IF OLD.tbl IN ('anglers', 'memberships') AND NOT sabc.may_write(OLD.tbl) AND (
(NEW.data - 'dues_paid_through') IS DISTINCT FROM (OLD.data - 'dues_paid_through')
OR (OLD.tbl = 'memberships' AND NEW.data IS DISTINCT FROM OLD.data)
OR (OLD.tbl = 'anglers' AND NEW.deleted IS DISTINCT FROM OLD.deleted)
OR EXISTS (SELECT 1 FROM jsonb_object_keys(OLD.data || NEW.data) AS k WHERE k <> 'dues_paid_through'
AND sabc.full_stamps(NEW.data, NEW.stamps, NEW.modified) -> k
IS DISTINCT FROM sabc.full_stamps(OLD.data, OLD.stamps, OLD.modified) -> k)) THEN
RAISE EXCEPTION 'this login changes only the paid-through season of an angler (%) and adds or ends memberships; the rest is the secretary''s', OLD.id
USING ERRCODE = 'insufficient_privilege'; END IF;
NEW.seq := nextval('sabc.change_seq');
NEW.xid := pg_current_xact_id();
RETURN NEW; END $$
;
DROP TRIGGER IF EXISTS rows_guard ON sabc.rows
;
CREATE TRIGGER rows_guard BEFORE UPDATE ON sabc.rows FOR EACH ROW
EXECUTE FUNCTION sabc.rows_guard()
;
-- The club's rules per table and field, as the laptop's CHECK constraints have them. kind: int,
-- real, bool (0 or 1), text, nonblank, uuid (a record id), date (YYYY-MM-DD), time (HH:MM), email,
-- json (JSON text). required: never null; a required field with a default on the laptops
-- (has_default) may be left out, and the laptops fill it in. Fields a table has beyond these are
-- not checked.
CREATE TABLE IF NOT EXISTS sabc.field_rules (
 tbl text NOT NULL,
 field text NOT NULL,
 kind text NOT NULL CHECK (kind IN ('int', 'real', 'bool', 'text', 'nonblank', 'uuid', 'date',
 'time', 'email', 'json')),
 required boolean NOT NULL DEFAULT false,
 lo numeric,
 hi numeric,
 choices text[],
 has_default boolean NOT NULL DEFAULT false,
 PRIMARY KEY (tbl, field))
;
INSERT INTO sabc.field_rules (tbl, field, kind, required, lo, hi, choices) VALUES
('club', 'name', 'nonblank', true, NULL, NULL, NULL),
('club', 'time_zone', 'nonblank', true, NULL, NULL, NULL),
('club', 'created_at', 'int', true, NULL, NULL, NULL),
('anglers', 'full_name', 'nonblank', true, NULL, NULL, NULL),
('anglers', 'email', 'email', false, NULL, NULL, NULL),
('anglers', 'phone', 'text', false, NULL, NULL, NULL),
('anglers', 'member_since', 'int', false, 1900, 2200, NULL),
('anglers', 'dues_paid_through', 'int', false, 1900, 2200, NULL),
('anglers', 'inactive', 'bool', true, NULL, NULL, NULL),
('anglers', 'merged_into', 'uuid', false, NULL, NULL, NULL),
('anglers', 'notes', 'text', true, NULL, NULL, NULL),
('memberships', 'angler_id', 'uuid', true, NULL, NULL, NULL),
('memberships', 'season', 'int', true, 1900, 2200, NULL),
('memberships', 'joined_on', 'date', true, NULL, NULL, NULL),
('officer_terms', 'season', 'int', true, 1900, 2200, NULL),
('officer_terms', 'post', 'text', true, NULL, NULL,
 ARRAY['president', 'treasurer', 'weighmaster', 'assistant_weighmaster']),
('officer_terms', 'angler_id', 'uuid', true, NULL, NULL, NULL),
('rulesets', 'season', 'int', true, 1900, 2200, NULL),
('rulesets', 'name', 'nonblank', true, NULL, NULL, NULL),
('rulesets', 'settings', 'json', true, NULL, NULL, NULL),
('lakes', 'key', 'nonblank', true, NULL, NULL, NULL),
('lakes', 'name', 'nonblank', true, NULL, NULL, NULL),
('lakes', 'paper', 'bool', true, NULL, NULL, NULL),
('ramps', 'lake_id', 'uuid', true, NULL, NULL, NULL),
('ramps', 'name', 'nonblank', true, NULL, NULL, NULL),
('ramps', 'latitude', 'real', false, -90, 90, NULL),
('ramps', 'longitude', 'real', false, -180, 180, NULL),
('tournaments', 'season', 'int', true, 1900, 2200, NULL),
('tournaments', 'event_date', 'date', true, NULL, NULL, NULL),
('tournaments', 'name', 'nonblank', true, NULL, NULL, NULL),
('tournaments', 'lake_id', 'uuid', false, NULL, NULL, NULL),
('tournaments', 'ramp_id', 'uuid', false, NULL, NULL, NULL),
('tournaments', 'start_time', 'time', false, NULL, NULL, NULL),
('tournaments', 'weigh_in_time', 'time', false, NULL, NULL, NULL),
('tournaments', 'format', 'text', true, NULL, NULL, ARRAY['individual', 'team']),
('tournaments', 'ruleset_id', 'uuid', false, NULL, NULL, NULL),
('tournaments', 'fish_limit', 'int', true, 1, 25, NULL),
('tournaments', 'entry_fee_cents', 'int', true, 0, NULL, NULL),
('tournaments', 'fee_unit', 'text', true, NULL, NULL, ARRAY['angler', 'boat']),
('tournaments', 'paper', 'bool', true, NULL, NULL, NULL),
('tournaments', 'cancelled', 'bool', true, NULL, NULL, NULL),
('tournaments', 'completed', 'bool', true, NULL, NULL, NULL),
('tournaments', 'finalized_at', 'int', false, NULL, NULL, NULL),
('tournaments', 'finalized_by', 'text', false, NULL, NULL, NULL),
('tournaments', 'notes', 'text', true, NULL, NULL, NULL),
('entries', 'tournament_id', 'uuid', true, NULL, NULL, NULL),
('entries', 'angler_id', 'uuid', true, NULL, NULL, NULL),
('entries', 'fish', 'int', true, 0, NULL, NULL),
('entries', 'gross_weight', 'int', true, 0, NULL, NULL),
('entries', 'big_bass', 'int', true, 0, NULL, NULL),
('entries', 'dead', 'int', true, 0, NULL, NULL),
('entries', 'minutes_late', 'int', true, 0, NULL, NULL),
('entries', 'buy_in', 'bool', true, NULL, NULL, NULL),
('entries', 'dq', 'bool', true, NULL, NULL, NULL),
('entries', 'was_member', 'bool', true, NULL, NULL, NULL),
('entries', 'manual_order', 'int', false, NULL, NULL, NULL),
('entries', 'entered_at', 'int', true, NULL, NULL, NULL),
('paper_fish', 'entry_id', 'uuid', true, NULL, NULL, NULL),
('paper_fish', 'length_eighths', 'int', true, 1, 639, NULL),
('paper_fish', 'weighed_weight', 'int', false, 0, NULL, NULL),
('boats', 'tournament_id', 'uuid', true, NULL, NULL, NULL),
('boats', 'boater_id', 'uuid', true, NULL, NULL, NULL),
('boats', 'partner_id', 'uuid', false, NULL, NULL, NULL),
('boats', 'team_fish', 'int', false, 0, NULL, NULL),
('boats', 'team_weight', 'int', false, 0, NULL, NULL),
('boats', 'team_big_bass', 'int', false, 0, NULL, NULL),
('boats', 'team_dead', 'int', true, 0, NULL, NULL),
('boats', 'team_dq', 'bool', true, NULL, NULL, NULL),
('ledger', 'posted_at', 'int', true, NULL, NULL, NULL),
('ledger', 'entry_date', 'date', true, NULL, NULL, NULL),
('ledger', 'season', 'int', true, 1900, 2200, NULL),
('ledger', 'kind', 'text', true, NULL, NULL, ARRAY['dues', 'entry_fee', 'buy_in', 'payout',
 'big_bass_pot', 'carryover', 'club_fund', 'charity', 'expense', 'correction']),
('ledger', 'fund', 'text', true, NULL, NULL, ARRAY['operating', 'tournament_pot', 'big_bass_pot',
 'club', 'charity']),
('ledger', 'amount_cents', 'int', true, NULL, NULL, NULL),
('ledger', 'angler_id', 'uuid', false, NULL, NULL, NULL),
('ledger', 'tournament_id', 'uuid', false, NULL, NULL, NULL),
('ledger', 'method', 'text', false, NULL, NULL, ARRAY['cash', 'check', 'online']),
('ledger', 'note', 'text', true, NULL, NULL, NULL),
('ledger', 'reverses_id', 'uuid', false, NULL, NULL, NULL),
('tournament_log', 'tournament_id', 'uuid', true, NULL, NULL, NULL),
('tournament_log', 'action', 'nonblank', true, NULL, NULL, NULL),
('tournament_log', 'actor', 'text', true, NULL, NULL, NULL),
('tournament_log', 'at', 'int', true, NULL, NULL, NULL)
ON CONFLICT (tbl, field) DO NOTHING
;
UPDATE sabc.field_rules SET has_default = true WHERE (tbl, field) IN (('club', 'time_zone'),
('anglers', 'inactive'), ('anglers', 'notes'), ('rulesets', 'settings'), ('lakes', 'paper'),
('tournaments', 'format'), ('tournaments', 'fish_limit'), ('tournaments', 'entry_fee_cents'),
('tournaments', 'fee_unit'), ('tournaments', 'paper'), ('tournaments', 'cancelled'),
('tournaments', 'completed'), ('tournaments', 'notes'), ('entries', 'fish'),
('entries', 'gross_weight'), ('entries', 'big_bass'), ('entries', 'dead'),
('entries', 'minutes_late'), ('entries', 'buy_in'), ('entries', 'dq'), ('boats', 'team_dead'),
('boats', 'team_dq'), ('ledger', 'note'))
;
CREATE OR REPLACE FUNCTION sabc.is_json(p_text text) RETURNS boolean LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN PERFORM p_text::jsonb; RETURN true;
EXCEPTION WHEN others THEN RETURN false; END $$
;
-- What is wrong with one field's value (NULL when nothing is).
-- (v is NULL when the record leaves the field out.) STABLE as its body is (array_to_string), so
-- that it is inlined into the check: called as a function, it would cost 30 times more.
CREATE OR REPLACE FUNCTION sabc.field_problem(v jsonb, p_kind text, p_required boolean,
p_lo numeric, p_hi numeric, p_choices text[], p_has_default boolean) RETURNS text
LANGUAGE sql STABLE AS $$
SELECT CASE
WHEN v IS NULL THEN
 CASE WHEN p_required AND NOT p_has_default THEN 'is required' END
WHEN jsonb_typeof(v) = 'null' THEN
 CASE WHEN p_required THEN 'is required' END
WHEN p_kind = 'bool' THEN
 CASE WHEN jsonb_typeof(v) = 'boolean' OR (jsonb_typeof(v) = 'number' AND v #>> '{}' IN ('0', '1'))
 THEN NULL ELSE 'must be 0 or 1' END
WHEN p_kind IN ('int', 'real') AND jsonb_typeof(v) <> 'number' THEN 'must be a number'
WHEN p_kind = 'int' AND (v #>> '{}')::numeric <> trunc((v #>> '{}')::numeric) THEN
 'must be a whole number'
WHEN p_kind IN ('int', 'real') AND p_lo IS NOT NULL AND (v #>> '{}')::numeric < p_lo THEN
 'must be at least ' || p_lo::text
WHEN p_kind IN ('int', 'real') AND p_hi IS NOT NULL AND (v #>> '{}')::numeric > p_hi THEN
 'must be at most ' || p_hi::text
WHEN p_kind IN ('int', 'real') THEN NULL
WHEN jsonb_typeof(v) <> 'string' THEN 'must be text'
WHEN p_kind = 'nonblank' AND btrim(v #>> '{}') = '' THEN 'must not be blank'
WHEN p_kind = 'uuid' AND length(v #>> '{}') <> 36 THEN 'must be a record id'
WHEN p_kind = 'date' AND (v #>> '{}') !~ '^[0-9]{4}-[0-1][0-9]-[0-3][0-9]$' THEN
 'must be a date (YYYY-MM-DD)'
WHEN p_kind = 'time' AND (v #>> '{}') !~ '^[0-2][0-9]:[0-5][0-9]$' THEN 'must be a time (HH:MM)'
WHEN p_kind = 'email' AND NOT (strpos(v #>> '{}', '@') > 1 AND length(v #>> '{}') <= 254) THEN
 'must be an e-mail address'
WHEN p_kind = 'json' AND NOT sabc.is_json(v #>> '{}') THEN 'must be JSON text'
WHEN p_choices IS NOT NULL AND NOT ((v #>> '{}') = ANY (p_choices)) THEN
 'must be one of ' || array_to_string(p_choices, ', ')
END $$
;
-- Rules across fields of one record (NULL when it keeps them).
CREATE OR REPLACE FUNCTION sabc.row_problem(p_tbl text, d jsonb) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
SELECT CASE
WHEN p_tbl = 'entries' AND jsonb_typeof(d -> 'dead') = 'number' AND jsonb_typeof(d -> 'fish') = 'number'
 AND (d ->> 'dead')::numeric > (d ->> 'fish')::numeric THEN
 '"dead" must not be more than "fish"'
WHEN p_tbl = 'entries' AND d ->> 'buy_in' IN ('1', 'true') AND jsonb_typeof(d -> 'fish') = 'number'
 AND (d ->> 'fish')::numeric > 0 THEN
 'a buy-in ("buy_in") brings no fish ("fish")'
WHEN p_tbl = 'boats' AND d ->> 'partner_id' = d ->> 'boater_id' THEN
 '"partner_id" must differ from "boater_id"'
WHEN p_tbl = 'ledger' AND jsonb_typeof(d -> 'amount_cents') = 'number'
 AND (d ->> 'amount_cents')::numeric = 0 THEN
 '"amount_cents" must not be 0'
END $$
;
-- A quick sieve per table: one query that reads the records of a table as typed columns
-- (jsonb_to_record) and finds one breaking any of the table's rules (made from sabc.field_rules
-- by sabc.build_table_checks), so a large push is checked in one pass. Only when it finds one (or
-- a value it cannot even read) are that table's records looked at field by field, to name the
-- rule.
CREATE TABLE IF NOT EXISTS sabc.table_checks (tbl text PRIMARY KEY, sieve text NOT NULL)
;
CREATE OR REPLACE FUNCTION sabc.build_table_checks() RETURNS void LANGUAGE plpgsql AS $$
DECLARE r record; t text; cols text[]; conds text[]; c text; col text;
BEGIN
DELETE FROM sabc.table_checks;
FOR t IN SELECT DISTINCT tbl FROM sabc.field_rules LOOP
cols := ARRAY[]::text[];
conds := ARRAY[]::text[];
FOR r IN SELECT * FROM sabc.field_rules WHERE tbl = t ORDER BY field LOOP
col := 'r.' || quote_ident(r.field);
cols := cols || (quote_ident(r.field) || CASE WHEN r.kind IN ('int', 'real', 'bool') THEN ' numeric'
ELSE ' text' END);
IF r.required AND NOT r.has_default THEN
conds := conds || format('n.data ? %L', r.field);
END IF;
IF r.required THEN
conds := conds || format('(%s IS NOT NULL OR NOT n.data ? %L)', col, r.field);
END IF;
c := CASE r.kind
WHEN 'int' THEN format('%1$s = trunc(%1$s)', col)
WHEN 'bool' THEN format('%s IN (0, 1)', col)
WHEN 'nonblank' THEN format('btrim(%s, %L) <> %L', col, ' ', '')
WHEN 'uuid' THEN format('length(%s) = 36', col)
WHEN 'date' THEN format('%s ~ %L', col, '^[0-9]{4}-[0-1][0-9]-[0-3][0-9]$')
WHEN 'time' THEN format('%s ~ %L', col, '^[0-2][0-9]:[0-5][0-9]$')
WHEN 'email' THEN format('(strpos(%1$s, %2$L) > 1 AND length(%1$s) <= 254)', col, '@')
WHEN 'json' THEN format('sabc.is_json(%s)', col) END;
IF r.kind IN ('int', 'real') AND r.lo IS NOT NULL THEN
c := concat_ws(' AND ', c, format('%s >= %s', col, r.lo));
END IF;
IF r.kind IN ('int', 'real') AND r.hi IS NOT NULL THEN
c := concat_ws(' AND ', c, format('%s <= %s', col, r.hi));
END IF;
IF r.choices IS NOT NULL THEN
c := concat_ws(' AND ', c, format('%s = ANY (%L::text[])', col, r.choices));
END IF;
IF c IS NOT NULL THEN conds := conds || format('(%s IS NULL OR (%s))', col, c); END IF;
END LOOP;
conds := conds || CASE t
WHEN 'entries' THEN ARRAY['coalesce(r.dead <= r.fish, true)',
'NOT (coalesce(r.buy_in, 0) = 1 AND coalesce(r.fish, 0) > 0)']
WHEN 'boats' THEN ARRAY['coalesce(r.partner_id <> r.boater_id, true)']
WHEN 'ledger' THEN ARRAY['coalesce(r.amount_cents <> 0, true)']
ELSE ARRAY[]::text[] END;
INSERT INTO sabc.table_checks (tbl, sieve) VALUES (t, format(
'SELECT n.id FROM new_rows n CROSS JOIN LATERAL jsonb_to_record(n.data) AS r(%s) '
'WHERE n.tbl = %L AND NOT n.deleted AND NOT coalesce(%s, false) LIMIT 1',
array_to_string(cols, ', '), t, array_to_string(conds, ' AND ')));
END LOOP;
END $$
;
SELECT sabc.build_table_checks()
;
-- Runs once per statement over the records it wrote (transition table new_rows): the first
-- record breaking a rule refuses the statement, named (constraint sabc_<table>_<field>, or
-- sabc_<table>_record for a rule across fields).
CREATE OR REPLACE FUNCTION sabc.check_rows() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE t record; c record; v record; v_id text; v_problem text; v_suspect boolean;
BEGIN
FOR t IN SELECT k.tbl, k.sieve FROM sabc.table_checks k
WHERE EXISTS (SELECT 1 FROM new_rows n WHERE n.tbl = k.tbl AND NOT n.deleted) LOOP
BEGIN
EXECUTE t.sieve INTO v_id;
v_suspect := v_id IS NOT NULL;
EXCEPTION WHEN data_exception THEN v_suspect := true; -- a value of the wrong type
END;
CONTINUE WHEN NOT v_suspect;
FOR c IN SELECT n.id, n.data FROM new_rows n WHERE n.tbl = t.tbl AND NOT n.deleted LOOP
SELECT f.field, p.problem INTO v FROM sabc.field_rules f
CROSS JOIN LATERAL (SELECT sabc.field_problem(c.data -> f.field, f.kind, f.required, f.lo, f.hi,
f.choices, f.has_default) AS problem) AS p
WHERE f.tbl = t.tbl AND p.problem IS NOT NULL ORDER BY f.field LIMIT 1;
IF FOUND THEN
RAISE EXCEPTION 'the server refuses % record %: "%" %', t.tbl, c.id, v.field, v.problem
USING ERRCODE = 'check_violation', CONSTRAINT = 'sabc_' || t.tbl || '_' || v.field,
SCHEMA = 'sabc', TABLE = 'rows', COLUMN = v.field;
END IF;
v_problem := sabc.row_problem(t.tbl, c.data);
IF v_problem IS NOT NULL THEN
RAISE EXCEPTION 'the server refuses % record %: %', t.tbl, c.id, v_problem
USING ERRCODE = 'check_violation', CONSTRAINT = 'sabc_' || t.tbl || '_record',
SCHEMA = 'sabc', TABLE = 'rows';
END IF;
END LOOP;
END LOOP;
SELECT n.id INTO v_id FROM new_rows n WHERE n.tbl = 'ledger' AND n.deleted LIMIT 1;
IF FOUND THEN
RAISE EXCEPTION 'ledger entries are never deleted; record a reversing entry (%)', v_id
USING ERRCODE = 'check_violation', CONSTRAINT = 'sabc_ledger_append_only';
END IF;
RETURN NULL;
END $$
;
DROP TRIGGER IF EXISTS rows_check_insert ON sabc.rows
;
DROP TRIGGER IF EXISTS rows_check_update ON sabc.rows
;
CREATE TRIGGER rows_check_insert AFTER INSERT ON sabc.rows REFERENCING NEW TABLE AS new_rows
FOR EACH STATEMENT EXECUTE FUNCTION sabc.check_rows()
;
CREATE TRIGGER rows_check_update AFTER UPDATE ON sabc.rows REFERENCING NEW TABLE AS new_rows
FOR EACH STATEMENT EXECUTE FUNCTION sabc.check_rows()
;
-- The push of version 3, leaving the change order to the trigger.
CREATE OR REPLACE FUNCTION sabc.push_staged(p_tbl text, p_conflict_fields text[])
RETURNS jsonb LANGUAGE plpgsql SET jit = off AS $$
DECLARE v_conflicts jsonb := '[]';
BEGIN
BEGIN
INSERT INTO sabc.rows (tbl, id, data, stamps, modified, origin, deleted)
SELECT p_tbl, i.id, coalesce(i.d, '{}'), coalesce(i.s, '{}'), i.m, i.o, i.del
FROM pg_temp.sabc_stage i;
RETURN v_conflicts;
EXCEPTION WHEN unique_violation THEN NULL;
END;
PERFORM 1 FROM pg_temp.sabc_stage i CROSS JOIN LATERAL (SELECT 1 FROM sabc.rows r
WHERE r.tbl = p_tbl AND r.id = i.id LIMIT 1 FOR UPDATE) AS l;
IF FOUND THEN
SELECT coalesce(jsonb_agg(jsonb_build_object('id', i.id, 'field', k, 'mine', i.d -> k,
'theirs', r.data -> k, 'mine_wins',
coalesce(i.s ->> k, i.m::text)::bigint > coalesce(r.stamps ->> k, r.modified::text)::bigint)),
'[]') INTO v_conflicts
FROM pg_temp.sabc_stage i CROSS JOIN LATERAL (SELECT r.data, r.stamps, r.modified, r.deleted
FROM sabc.rows r WHERE r.tbl = p_tbl AND r.id = i.id LIMIT 1) AS r
CROSS JOIN LATERAL jsonb_object_keys(coalesce(i.d, '{}')) AS k
WHERE k = ANY (p_conflict_fields) AND NOT r.deleted AND NOT i.del
AND r.data ? k AND (r.data -> k) IS DISTINCT FROM (i.d -> k)
AND coalesce(r.stamps ->> k, r.modified::text) IS DISTINCT FROM (i.b ->> k)
AND coalesce(r.stamps ->> k, r.modified::text) IS DISTINCT FROM coalesce(i.s ->> k, i.m::text);
END IF;
INSERT INTO sabc.rows AS t (tbl, id, data, stamps, modified, origin, deleted)
SELECT p_tbl, i.id, coalesce(i.d, '{}'), coalesce(i.s, '{}'), i.m, i.o, i.del
FROM pg_temp.sabc_stage i
ON CONFLICT (tbl, id) DO UPDATE SET
(data, stamps) = (SELECT mf.data, mf.stamps FROM sabc.merge_fields(t.data,
sabc.full_stamps(t.data, t.stamps, t.modified), excluded.data,
sabc.full_stamps(excluded.data, excluded.stamps, excluded.modified)) mf),
deleted = t.deleted OR excluded.deleted,
modified = greatest(t.modified, excluded.modified),
origin = CASE WHEN excluded.modified > t.modified THEN excluded.origin ELSE t.origin END;
RETURN v_conflicts;
END $$
;
-- Each login records only its own pushes, and an answer, once written, stays. Every login reads
-- them all: a push cut off under one login and resent from the same laptop under another is then
-- recognised as applied, not sent twice.
ALTER TABLE sabc.applied_ops ENABLE ROW LEVEL SECURITY
;
DROP POLICY IF EXISTS applied_ops_read ON sabc.applied_ops
;
DROP POLICY IF EXISTS applied_ops_insert ON sabc.applied_ops
;
DROP POLICY IF EXISTS applied_ops_answer ON sabc.applied_ops
;
CREATE POLICY applied_ops_read ON sabc.applied_ops FOR SELECT USING (true)
;
CREATE POLICY applied_ops_insert ON sabc.applied_ops FOR INSERT
WITH CHECK (login = session_user AND result IS NULL)
;
CREATE POLICY applied_ops_answer ON sabc.applied_ops FOR UPDATE
USING (login = session_user AND result IS NULL) WITH CHECK (login = session_user)
;
-- What each role may touch, column by column.
DO $$ DECLARE r text; v_role name; BEGIN
FOREACH r IN ARRAY ARRAY['director', 'secretary', 'treasurer', 'admin'] LOOP
v_role := sabc.role_name(r);
EXECUTE format('GRANT USAGE ON SCHEMA sabc TO %I', v_role);
EXECUTE format('REVOKE ALL ON sabc.rows, sabc.applied_ops, sabc.meta, sabc.table_roles, '
'sabc.field_rules, sabc.table_checks FROM %I', v_role);
EXECUTE format('GRANT SELECT ON sabc.meta, sabc.table_roles, sabc.field_rules, sabc.table_checks, '
'sabc.rows TO %I', v_role);
EXECUTE format('GRANT INSERT (tbl, id, data, stamps, modified, origin, deleted) ON sabc.rows TO %I',
v_role);
EXECUTE format('GRANT UPDATE (data, stamps, modified, origin, deleted) ON sabc.rows TO %I', v_role);
EXECUTE format('GRANT SELECT ON sabc.applied_ops TO %I', v_role);
EXECUTE format('GRANT INSERT (op_id) ON sabc.applied_ops TO %I', v_role);
EXECUTE format('GRANT UPDATE (result) ON sabc.applied_ops TO %I', v_role);
EXECUTE format('GRANT USAGE ON SEQUENCE sabc.change_seq TO %I', v_role);
END LOOP; END $$
;
-- Officer logins. The club's own: a login that holds exactly one of this database's officer
-- roles and nothing else, and no server-wide power. NULL when the login is not the club's.
CREATE OR REPLACE FUNCTION sabc.club_role_of(p_name text) RETURNS text LANGUAGE sql STABLE AS $$
SELECT min(r.short) FROM pg_roles u
JOIN pg_auth_members am ON am.member = u.oid
JOIN (SELECT x, sabc.role_name(x) FROM unnest(ARRAY['director', 'secretary', 'treasurer', 'admin'])
AS x) AS r(short, full_name) ON TRUE
JOIN pg_roles g ON g.oid = am.roleid AND g.rolname = r.full_name
WHERE u.rolname = p_name AND NOT (u.rolsuper OR u.rolcreaterole OR u.rolcreatedb OR u.rolreplication
OR u.rolbypassrls)
AND (SELECT count(*) FROM pg_auth_members a2 WHERE a2.member = u.oid) = 1 $$
;
-- Only the club's administrator or the server's owner manages logins.
CREATE OR REPLACE FUNCTION sabc.require_login_admin() RETURNS void LANGUAGE plpgsql STABLE AS $$
BEGIN
IF pg_has_role(session_user, sabc.role_name('admin'), 'MEMBER')
OR EXISTS (SELECT 1 FROM pg_roles WHERE rolname = session_user AND rolsuper)
OR EXISTS (SELECT 1 FROM pg_database WHERE datname = current_database()
AND datdba = (SELECT oid FROM pg_roles WHERE rolname = session_user)) THEN RETURN; END IF;
RAISE EXCEPTION 'only the club''s administrator manages logins' USING ERRCODE = 'SB001';
END $$
;
DROP FUNCTION IF EXISTS sabc.add_user(text, text, text)
;
-- Creates a login with an officer role, or gives an existing club login of that role a new
-- password. Returns true when created. Refuses any other existing login (a server
-- administrator, another club's, another role's).
CREATE FUNCTION sabc.add_user(p_name text, p_role text, p_verifier text) RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE v_role text := regexp_replace(coalesce(p_role, ''), '^sabc_', ''); v_has text;
BEGIN
PERFORM sabc.require_login_admin();
IF v_role NOT IN ('director', 'secretary', 'treasurer', 'admin') THEN
RAISE EXCEPTION 'unknown role %', p_role USING ERRCODE = 'SB002'; END IF;
IF p_name IS NULL OR btrim(p_name) = '' OR octet_length(p_name) > 63 OR p_name ~* '^(sabc_|pg_)'
OR p_name ~ '[[:cntrl:]]' THEN
RAISE EXCEPTION '"%" cannot be a login name', p_name USING ERRCODE = 'SB003';
END IF;
IF p_verifier IS NULL OR p_verifier NOT LIKE 'SCRAM-SHA-256$%' THEN
RAISE EXCEPTION 'a password verifier is expected' USING ERRCODE = 'invalid_parameter_value';
END IF;
IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_name) THEN
EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE %I', p_name, p_verifier,
sabc.role_name(v_role));
RETURN true;
END IF;
v_has := sabc.club_role_of(p_name);
IF v_has IS NULL THEN
RAISE EXCEPTION 'the login "%" already exists on the server and was not made for this club; choose another name', p_name
USING ERRCODE = 'SB004'; END IF;
IF v_has <> v_role THEN
RAISE EXCEPTION 'the login "%" is the club''s %; a login keeps its role (disable it and add a new login for the %)', p_name, v_has, v_role
USING ERRCODE = 'SB005', DETAIL = v_has; END IF;
EXECUTE format('ALTER ROLE %I LOGIN PASSWORD %L', p_name, p_verifier);
RETURN false;
END $$
;
-- The club's logins: name, role, whether it may sign in.
CREATE OR REPLACE FUNCTION sabc.logins() RETURNS TABLE (login text, role text, enabled boolean)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
PERFORM sabc.require_login_admin();
RETURN QUERY SELECT u.rolname::text, sabc.club_role_of(u.rolname), u.rolcanlogin FROM pg_roles u
WHERE sabc.club_role_of(u.rolname) IS NOT NULL ORDER BY u.rolname;
END $$
;
-- Lets a club login sign in again, or stops it (and ends its open sessions on this database).
CREATE OR REPLACE FUNCTION sabc.set_login_enabled(p_name text, p_enabled boolean) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
PERFORM sabc.require_login_admin();
IF sabc.club_role_of(p_name) IS NULL THEN
RAISE EXCEPTION 'the login "%" is not one of the club''s', p_name USING ERRCODE = 'SB004'; END IF;
IF NOT p_enabled AND p_name = session_user THEN
RAISE EXCEPTION 'you cannot disable your own login' USING ERRCODE = 'SB006';
END IF;
EXECUTE format('ALTER ROLE %I %s', p_name, CASE WHEN p_enabled THEN 'LOGIN' ELSE 'NOLOGIN' END);
IF NOT p_enabled THEN
PERFORM pg_terminate_backend(pid) FROM pg_stat_activity
WHERE usename = p_name AND datname = current_database();
END IF;
END $$
;
-- A new password for a club login (the administrator resets a forgotten one).
CREATE OR REPLACE FUNCTION sabc.reset_password(p_name text, p_verifier text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
PERFORM sabc.require_login_admin();
IF sabc.club_role_of(p_name) IS NULL THEN
RAISE EXCEPTION 'the login "%" is not one of the club''s', p_name USING ERRCODE = 'SB004'; END IF;
IF p_verifier IS NULL OR p_verifier NOT LIKE 'SCRAM-SHA-256$%' THEN
RAISE EXCEPTION 'a password verifier is expected' USING ERRCODE = 'invalid_parameter_value';
END IF;
EXECUTE format('ALTER ROLE %I PASSWORD %L', p_name, p_verifier);
END $$
;
DO $$ BEGIN
EXECUTE 'REVOKE ALL ON FUNCTION sabc.add_user(text, text, text), sabc.logins(), '
'sabc.set_login_enabled(text, boolean), sabc.reset_password(text, text) FROM PUBLIC';
EXECUTE format('GRANT EXECUTE ON FUNCTION sabc.add_user(text, text, text), sabc.logins(), '
'sabc.set_login_enabled(text, boolean), sabc.reset_password(text, text) TO %I',
sabc.role_name('admin'));
END $$
;

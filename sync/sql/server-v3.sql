-- Server schema version 3: pushes arrive by COPY into a temporary table (sabc_stage) and are
-- merged from there in one statement, and a row written whole keeps no per-field stamps: a field
-- without a stamp of its own was written at the row's clock ("modified"). A row that is merged
-- gets every stamp spelled out, so "modified" may move on without changing older fields' stamps.
-- Statements end at a line holding only ";" and run one by one (ServerSchema::migrate); a ";"
-- line never stands inside a $$ body.

DROP FUNCTION IF EXISTS sabc.push(text, jsonb, text[])
;
-- Pulls select by transaction and sort what they fetch: an index on the change number only
-- slowed every write.
DROP INDEX IF EXISTS sabc.rows_seq
;
-- Every field of `data` with its stamp: its own, or the row's clock.
CREATE OR REPLACE FUNCTION sabc.full_stamps(p_data jsonb, p_stamps jsonb, p_modified bigint)
RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$
SELECT coalesce(p_stamps, '{}') || coalesce((SELECT jsonb_object_agg(k, to_jsonb(p_modified::text))
FROM jsonb_object_keys(coalesce(p_data, '{}')) AS k WHERE NOT (coalesce(p_stamps, '{}') ? k)), '{}') $$
;
-- One table's rows, staged by the caller in pg_temp.sabc_stage (id, d, s, b, del, m, o):
-- detects same-field conflicts on the given fields (the value changed on the server since the
-- laptop last saw it), then merges field by field. Tombstones win. Runs with the caller's
-- rights, so row-level security decides what the login may write.
-- The staged rows drive every lookup, one index probe each (LATERAL ... LIMIT 1 keeps the
-- planner from reading the whole table for one edit: the temporary table has no statistics,
-- and after a large push the table's may be out of date).
-- (No JIT: compiling the per-row lookups costs more than running them.)
CREATE OR REPLACE FUNCTION sabc.push_staged(p_tbl text, p_conflict_fields text[])
RETURNS jsonb LANGUAGE plpgsql SET jit = off AS $$
DECLARE v_conflicts jsonb := '[]';
BEGIN
-- Rows all new to the server (a first push): one plain insert, nothing to merge or compare.
-- If any exists already (or a concurrent push just wrote it), that insert is undone and the
-- rows take the merging way.
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
origin = CASE WHEN excluded.modified > t.modified THEN excluded.origin ELSE t.origin END,
seq = nextval('sabc.change_seq'), xid = pg_current_xact_id();
RETURN v_conflicts;
END $$
;

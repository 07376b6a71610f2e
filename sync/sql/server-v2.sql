-- Server schema version 2: a faster push. Rows may come without stamps ("s"): every field they
-- carry is then stamped with the row's clock ("m"), which keeps a new row's text half as long.
-- Conflicts are looked for only when some of the rows already exist on the server.
-- Statements end at a line holding only ";" and run one by one (ServerSchema::migrate).

CREATE OR REPLACE FUNCTION sabc.push(p_tbl text, p_rows jsonb, p_conflict_fields text[])
RETURNS jsonb LANGUAGE plpgsql AS $$
DECLARE v_conflicts jsonb := '[]';
BEGIN
PERFORM 1 FROM sabc.rows r WHERE r.tbl = p_tbl AND r.id IN
(SELECT x ->> 'id' FROM jsonb_array_elements(p_rows) x) FOR UPDATE;
IF FOUND THEN
SELECT coalesce(jsonb_agg(jsonb_build_object('id', i.id, 'field', k, 'mine', i.d -> k,
'theirs', r.data -> k, 'mine_wins',
coalesce(coalesce(i.s ->> k, i.m::text)::bigint, 0) > coalesce((r.stamps ->> k)::bigint, 0))),
'[]') INTO v_conflicts
FROM jsonb_to_recordset(p_rows) AS i(id text, d jsonb, s jsonb, b jsonb, del boolean, m bigint)
JOIN sabc.rows r ON r.tbl = p_tbl AND r.id = i.id
CROSS JOIN LATERAL jsonb_object_keys(coalesce(i.d, '{}')) AS k
WHERE k = ANY (p_conflict_fields) AND NOT r.deleted AND NOT coalesce(i.del, false)
AND r.data ? k AND (r.data -> k) IS DISTINCT FROM (i.d -> k)
AND (r.stamps ->> k) IS DISTINCT FROM (i.b ->> k)
AND (r.stamps ->> k) IS DISTINCT FROM coalesce(i.s ->> k, i.m::text);
END IF;
INSERT INTO sabc.rows AS t (tbl, id, data, stamps, modified, origin, deleted)
SELECT p_tbl, i.id, coalesce(i.d, '{}'),
coalesce(i.s, (SELECT coalesce(jsonb_object_agg(k, to_jsonb(i.m::text)), '{}')
FROM jsonb_object_keys(coalesce(i.d, '{}')) AS k)),
i.m, i.o, coalesce(i.del, false)
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

-- Server schema version 5: the club's data readable by other tools (#16).
-- * Schema `club` holds read-only, typed views over the synced rows (sabc.rows, JSON): anglers
--   (names only: no e-mail, phone, notes or dues), memberships, tournaments (with lake and ramp
--   names), entries (net weight, status, place and points as the app scores them), boats (weight
--   and place) and the Angler-of-the-Year standings per season. Deleted (tombstoned) records are
--   left out, and so are records hanging from a deleted tournament or angler.
-- * Weights are pounds (numeric(8,2)), money dollars (numeric(10,2)), dates and times typed.
-- * Role sabc_<database>_reader (sabc.role_name('reader')) may connect and read those views,
--   nothing else: no schema sabc, no writes. `sabc server add-user NAME --role reader` makes a
--   login of it, for a website or a reporting tool.
-- * Scoring in SQL follows the app's engine (models/scoring): net = gross - dead x penalty -
--   minutes late x penalty (never below 0), DQ past late_dq_minutes, places by net weight then
--   the ruleset's tie-breaks and the director's manual order, points for members with fish,
--   zeros, buy-ins and DQs (policy no_points or offset), best N and minimum events, ties on
--   points by head-to-head, total weight, events. The ruleset is the tournament's own, else the
--   season's (the latest stored for that season or before), each setting left out taking the
--   sabc-2025 value. One difference: a paper tournament's stringer is the weight recorded on the
--   entry (the laptops record the chart weight there), not recomputed here from the lengths.
-- * At the end (#18): the club's calendar events, written by the director and the secretary, and
--   each lake's map address.
-- Every statement may run again. Statements end at a line holding only ";" and run one by one
-- (ServerSchema::migrate); a ";" line never stands inside a $$ body.

CREATE SCHEMA IF NOT EXISTS club
;
-- The reader role of this club database: it may connect, and read schema club.
DO $$ DECLARE v_role name := sabc.role_name('reader'); BEGIN
IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = v_role) THEN
EXECUTE format('CREATE ROLE %I NOLOGIN', v_role);
END IF;
EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), v_role);
END $$
;
DROP VIEW IF EXISTS club.standings, club.boats, club.entries, club.tournaments, club.memberships,
club.anglers CASCADE
;
DROP VIEW IF EXISTS club.scored_entries, club.tournament_rules CASCADE
;
CREATE VIEW club.anglers AS
SELECT r.id::uuid AS id, r.data ->> 'full_name' AS full_name,
(r.data ->> 'member_since')::numeric::int AS member_since,
coalesce((r.data ->> 'inactive')::numeric, 0) <> 0 AS inactive
FROM sabc.rows r
WHERE r.tbl = 'anglers' AND NOT r.deleted AND r.data ->> 'merged_into' IS NULL
;
CREATE VIEW club.memberships AS
SELECT r.id::uuid AS id, (r.data ->> 'angler_id')::uuid AS angler_id,
(r.data ->> 'season')::numeric::int AS season, (r.data ->> 'joined_on')::date AS joined_on
FROM sabc.rows r JOIN club.anglers a ON a.id = (r.data ->> 'angler_id')::uuid
WHERE r.tbl = 'memberships' AND NOT r.deleted
;
CREATE VIEW club.tournaments AS
SELECT t.id::uuid AS id, (t.data ->> 'season')::numeric::int AS season,
(t.data ->> 'event_date')::date AS event_date, t.data ->> 'name' AS name,
(t.data ->> 'lake_id')::uuid AS lake_id, l.data ->> 'name' AS lake,
(t.data ->> 'ramp_id')::uuid AS ramp_id, rp.data ->> 'name' AS ramp,
(t.data ->> 'start_time')::time AS start_time, (t.data ->> 'weigh_in_time')::time AS weigh_in_time,
coalesce(t.data ->> 'format', 'individual') AS format,
coalesce((t.data ->> 'fish_limit')::numeric::int, 5) AS fish_limit,
(coalesce((t.data ->> 'entry_fee_cents')::numeric, 2500) / 100)::numeric(10,2) AS entry_fee,
coalesce(t.data ->> 'fee_unit', 'angler') AS fee_unit,
coalesce((t.data ->> 'paper')::numeric, 0) <> 0 AS paper,
coalesce((t.data ->> 'cancelled')::numeric, 0) <> 0 AS cancelled,
coalesce((t.data ->> 'completed')::numeric, 0) <> 0 AS completed,
to_timestamp((t.data ->> 'finalized_at')::numeric / 1000) AS finalized_at
FROM sabc.rows t
LEFT JOIN sabc.rows l ON l.tbl = 'lakes' AND l.id = t.data ->> 'lake_id' AND NOT l.deleted
LEFT JOIN sabc.rows rp ON rp.tbl = 'ramps' AND rp.id = t.data ->> 'ramp_id' AND NOT rp.deleted
WHERE t.tbl = 'tournaments' AND NOT t.deleted
;
-- Each tournament's scoring settings: its own ruleset, else the season's, else the bylaws.
CREATE VIEW club.tournament_rules AS
SELECT t.id, t.season, t.format, s.settings,
coalesce((s.settings ->> 'max_points')::numeric::int, 100) AS max_points,
coalesce((s.settings ->> 'zero_offset')::numeric::int, 2) AS zero_offset,
coalesce((s.settings ->> 'buy_in_offset')::numeric::int, 4) AS buy_in_offset,
coalesce((s.settings ->> 'dq_offset')::numeric::int, 3) AS dq_offset,
coalesce(s.settings ->> 'dq_policy', 'no_points') AS dq_policy,
coalesce(s.settings -> 'tie_breaks', '["more_fish", "bigger_big_bass"]'::jsonb) AS tie_breaks,
coalesce((s.settings ->> 'dead_fish_penalty')::numeric::int, 25) AS dead_fish_penalty,
coalesce((s.settings ->> 'late_penalty_per_minute')::numeric::int, 100) AS late_penalty,
coalesce((s.settings ->> 'late_dq_minutes')::numeric::int, 15) AS late_dq_minutes
FROM club.tournaments t
LEFT JOIN sabc.rows tr ON tr.tbl = 'tournaments' AND tr.id = t.id::text
CROSS JOIN LATERAL (SELECT coalesce(
(SELECT (own.data ->> 'settings')::jsonb FROM sabc.rows own WHERE own.tbl = 'rulesets'
 AND own.id = tr.data ->> 'ruleset_id' AND NOT own.deleted),
(SELECT (sr.data ->> 'settings')::jsonb FROM sabc.rows sr WHERE sr.tbl = 'rulesets'
 AND NOT sr.deleted AND (sr.data ->> 'season')::numeric <= t.season
 ORDER BY (sr.data ->> 'season')::numeric DESC LIMIT 1), '{}'::jsonb) AS settings) AS s
;
-- The entries as the engine scores them (weights in hundredths here).
CREATE VIEW club.scored_entries AS
WITH e AS (
SELECT r.id::uuid AS id, t.id AS tournament_id, (r.data ->> 'angler_id')::uuid AS angler_id,
a.full_name AS angler_name, t.format, t.cancelled, t.event_date, t.season,
coalesce((r.data ->> 'fish')::numeric::int, 0) AS fish,
coalesce((r.data ->> 'gross_weight')::numeric::int, 0) AS gross,
coalesce((r.data ->> 'big_bass')::numeric::int, 0) AS big_bass,
coalesce((r.data ->> 'dead')::numeric::int, 0) AS dead,
coalesce((r.data ->> 'minutes_late')::numeric::int, 0) AS minutes_late,
coalesce((r.data ->> 'buy_in')::numeric, 0) <> 0 AS buy_in,
coalesce((r.data ->> 'dq')::numeric, 0) <> 0 AS dq,
coalesce((r.data ->> 'was_member')::numeric, 0) <> 0 AS was_member,
coalesce(nullif((r.data ->> 'manual_order')::numeric::int, 0), 2147483647) AS manual_order,
q.max_points, q.zero_offset, q.buy_in_offset, q.dq_offset, q.dq_policy, q.tie_breaks,
q.dead_fish_penalty, q.late_penalty, q.late_dq_minutes
FROM sabc.rows r
JOIN club.tournaments t ON t.id = (r.data ->> 'tournament_id')::uuid
JOIN club.tournament_rules q ON q.id = t.id
JOIN club.anglers a ON a.id = (r.data ->> 'angler_id')::uuid
WHERE r.tbl = 'entries' AND NOT r.deleted),
s AS (
SELECT e.*,
CASE WHEN buy_in AND NOT dq THEN 'buy-in' WHEN dq OR minutes_late > late_dq_minutes THEN 'dq'
WHEN fish = 0 THEN 'zero' ELSE 'fished' END AS status,
CASE WHEN buy_in AND NOT dq THEN 0
ELSE greatest(0, gross - dead * dead_fish_penalty - minutes_late * late_penalty) END AS net,
-- The ruleset's tie-breaks as keys, larger first.
(SELECT coalesce(array_agg(CASE k.name WHEN 'more_fish' THEN e.fish
WHEN 'bigger_big_bass' THEN e.big_bass WHEN 'fewer_dead_fish' THEN -e.dead ELSE 0 END
ORDER BY k.n), '{}') FROM jsonb_array_elements_text(e.tie_breaks) WITH ORDINALITY AS k(name, n))
AS tie_keys
FROM e),
p AS (
SELECT s.*, status IN ('fished', 'zero') AS regular,
CASE WHEN status IN ('fished', 'zero') THEN rank() OVER (PARTITION BY tournament_id,
status IN ('fished', 'zero') ORDER BY net DESC, tie_keys DESC, manual_order) END AS regular_place,
CASE WHEN was_member AND status = 'fished' THEN greatest(0, max_points + 1 - rank() OVER (
PARTITION BY tournament_id, was_member AND status = 'fished'
ORDER BY net DESC, tie_keys DESC, manual_order)) END AS fish_points
FROM s),
c AS (
SELECT p.*,
count(*) FILTER (WHERE regular) OVER w AS regular_count,
count(*) FILTER (WHERE status = 'buy-in') OVER w AS buy_in_count,
coalesce(min(fish_points) OVER w, max_points) AS last_fish
FROM p WINDOW w AS (PARTITION BY tournament_id))
SELECT id, tournament_id, angler_id, angler_name, format, cancelled, event_date, season, fish,
gross, big_bass, dead, minutes_late, buy_in, dq, was_member, status,
CASE WHEN status = 'buy-in' THEN NULL ELSE net END AS net,
CASE WHEN regular THEN regular_place::int
WHEN status = 'buy-in' THEN regular_count::int + 1
WHEN dq_policy = 'offset' THEN (regular_count + buy_in_count)::int + 1 END AS place,
CASE WHEN format <> 'individual' OR NOT was_member THEN 0
WHEN status = 'fished' THEN fish_points::int
WHEN status = 'zero' THEN greatest(0, last_fish - zero_offset)::int
WHEN status = 'buy-in' THEN greatest(0, last_fish - buy_in_offset)::int
WHEN dq_policy = 'offset' THEN greatest(0, last_fish - dq_offset)::int ELSE 0 END AS points
FROM c
;
CREATE VIEW club.entries AS
SELECT id, tournament_id, angler_id, angler_name, fish,
(gross / 100.0)::numeric(8,2) AS gross_weight, (big_bass / 100.0)::numeric(8,2) AS big_bass,
dead, minutes_late, buy_in, dq, was_member, status,
(net / 100.0)::numeric(8,2) AS net_weight, place, points
FROM club.scored_entries
;
-- The boats of each tournament as the app ranks them: the boats recorded (weighed as one with
-- team values, or the sum of their anglers' net weights, a disqualified angler adding nothing),
-- and each angler who fished alone (id NULL), ranked by weight then big bass. Buy-ins fish no
-- boat; a boat whose anglers were all disqualified is not ranked (place NULL).
CREATE VIEW club.boats AS
WITH b AS (
SELECT r.id::uuid AS id, t.id AS tournament_id,
(r.data ->> 'boater_id')::uuid AS boater_id, ba.full_name AS boater,
(r.data ->> 'partner_id')::uuid AS partner_id, pa.full_name AS partner,
r.data ->> 'team_weight' IS NOT NULL AS team_weighed,
coalesce((r.data ->> 'team_dq')::numeric, 0) <> 0 AS team_dq,
(r.data ->> 'team_fish')::numeric::int AS team_fish,
(r.data ->> 'team_weight')::numeric::int AS team_weight,
(r.data ->> 'team_big_bass')::numeric::int AS team_big_bass,
coalesce((r.data ->> 'team_dead')::numeric::int, 0) AS team_dead,
q.dead_fish_penalty
FROM sabc.rows r
JOIN club.tournaments t ON t.id = (r.data ->> 'tournament_id')::uuid
JOIN club.tournament_rules q ON q.id = t.id
JOIN club.anglers ba ON ba.id = (r.data ->> 'boater_id')::uuid
LEFT JOIN club.anglers pa ON pa.id = (r.data ->> 'partner_id')::uuid
WHERE r.tbl = 'boats' AND NOT r.deleted),
recorded AS (
SELECT b.id, b.tournament_id, b.boater_id, b.boater, b.partner_id, b.partner, b.team_weighed,
CASE WHEN team_weighed THEN NOT team_dq AND x.entries > 0 ELSE coalesce(x.ranked, false) END
AS ranked,
CASE WHEN team_weighed THEN CASE WHEN team_dq THEN 0 ELSE coalesce(team_fish, 0) END
ELSE coalesce(x.fish, 0) END AS fish,
CASE WHEN team_weighed THEN CASE WHEN team_dq THEN 0
ELSE greatest(0, coalesce(team_weight, 0) - team_dead * dead_fish_penalty) END
ELSE coalesce(x.net, 0) END AS net,
CASE WHEN team_weighed THEN CASE WHEN team_dq THEN 0 ELSE coalesce(team_big_bass, 0) END
ELSE coalesce(x.big_bass, 0) END AS big_bass
FROM b LEFT JOIN LATERAL (SELECT count(*) AS entries,
bool_or(e.status <> 'dq') AS ranked,
sum(e.fish) FILTER (WHERE e.status <> 'dq')::int AS fish,
sum(e.net) FILTER (WHERE e.status <> 'dq')::int AS net,
max(e.big_bass) FILTER (WHERE e.status <> 'dq') AS big_bass FROM club.scored_entries e
WHERE e.tournament_id = b.tournament_id AND e.angler_id IN (b.boater_id, b.partner_id)
AND e.status <> 'buy-in') AS x ON true),
solo AS (
SELECT NULL::uuid AS id, e.tournament_id, e.angler_id AS boater_id, e.angler_name AS boater,
NULL::uuid AS partner_id, NULL::text AS partner, false AS team_weighed,
e.status <> 'dq' AS ranked,
CASE WHEN e.status <> 'dq' THEN e.fish ELSE 0 END AS fish,
CASE WHEN e.status <> 'dq' THEN e.net ELSE 0 END AS net,
CASE WHEN e.status <> 'dq' THEN e.big_bass ELSE 0 END AS big_bass
FROM club.scored_entries e
WHERE e.status <> 'buy-in' AND NOT EXISTS (SELECT 1 FROM b WHERE b.tournament_id = e.tournament_id
AND e.angler_id IN (b.boater_id, b.partner_id))),
w AS (SELECT * FROM recorded UNION ALL SELECT * FROM solo)
SELECT id, tournament_id, boater_id, boater, partner_id, partner,
boater || coalesce(' & ' || partner, '') AS boat, team_weighed, fish,
(net / 100.0)::numeric(8,2) AS weight, (big_bass / 100.0)::numeric(8,2) AS big_bass, ranked,
CASE WHEN ranked THEN rank() OVER (PARTITION BY tournament_id, ranked
ORDER BY net DESC, big_bass DESC)::int END AS place
FROM w
;
-- Angler of the Year per season: individual-format tournaments not cancelled, members at the
-- time. points: the best N count (the season's ruleset; 0 = all); rank NULL for anglers with
-- fewer events than the minimum; ties on points broken by head-to-head (times placed ahead of
-- another angler of the tied group in a tournament both fished), total net weight, events.
CREATE VIEW club.standings AS
WITH rules AS (
SELECT y.season,
coalesce((y.settings ->> 'best_n')::numeric::int, 0) AS best_n,
coalesce((y.settings ->> 'minimum_events')::numeric::int, 0) AS minimum_events
FROM (SELECT DISTINCT t.season, coalesce((SELECT (sr.data ->> 'settings')::jsonb FROM sabc.rows sr
WHERE sr.tbl = 'rulesets' AND NOT sr.deleted AND (sr.data ->> 'season')::numeric <= t.season
ORDER BY (sr.data ->> 'season')::numeric DESC LIMIT 1), '{}'::jsonb) AS settings
FROM club.tournaments t) AS y),
e AS (
SELECT e.*, row_number() OVER (PARTITION BY e.season, e.angler_id
ORDER BY e.points DESC, e.event_date, e.tournament_id) AS best
FROM club.scored_entries e
WHERE e.format = 'individual' AND NOT e.cancelled AND e.was_member),
a AS (
SELECT e.season, e.angler_id, min(e.angler_name) AS angler_name,
sum(e.points) FILTER (WHERE r.best_n <= 0 OR e.best <= r.best_n)::int AS points,
sum(e.points)::int AS total_points,
count(*) FILTER (WHERE e.status <> 'dq')::int AS events,
coalesce(sum(e.net) FILTER (WHERE e.status NOT IN ('dq', 'buy-in')), 0)::int AS net,
count(*) FILTER (WHERE e.status <> 'dq') >= min(r.minimum_events) AS qualified
FROM e JOIN rules r ON r.season = e.season
GROUP BY e.season, e.angler_id),
h AS (
SELECT a.season, a.angler_id, count(*) FILTER (WHERE x.place < y.place)::int AS head_to_head
FROM a JOIN a b ON b.season = a.season AND b.points = a.points AND b.angler_id <> a.angler_id
AND a.qualified AND b.qualified
JOIN e x ON x.season = a.season AND x.angler_id = a.angler_id
JOIN e y ON y.tournament_id = x.tournament_id AND y.angler_id = b.angler_id
WHERE x.status <> 'dq' AND y.status <> 'dq' AND x.place > 0 AND y.place > 0
GROUP BY a.season, a.angler_id)
SELECT a.season,
CASE WHEN a.qualified THEN rank() OVER (PARTITION BY a.season, a.qualified
ORDER BY a.points DESC, coalesce(h.head_to_head, 0) DESC, a.net DESC, a.events DESC)::int END
AS rank,
a.angler_id, a.angler_name, a.points, a.total_points, a.events,
(a.net / 100.0)::numeric(8,2) AS net_weight, coalesce(h.head_to_head, 0) AS head_to_head
FROM a LEFT JOIN h ON h.season = a.season AND h.angler_id = a.angler_id
;
-- The helper views are for the others only.
DO $$ DECLARE v_role name := sabc.role_name('reader'); r text; BEGIN
EXECUTE format('REVOKE ALL ON SCHEMA club FROM PUBLIC');
EXECUTE format('REVOKE ALL ON ALL TABLES IN SCHEMA club FROM PUBLIC');
EXECUTE format('GRANT USAGE ON SCHEMA club TO %I', v_role);
EXECUTE format('GRANT SELECT ON club.anglers, club.memberships, club.tournaments, club.entries, '
'club.boats, club.standings TO %I', v_role);
-- The officers read them too.
FOREACH r IN ARRAY ARRAY['director', 'secretary', 'treasurer', 'admin'] LOOP
EXECUTE format('GRANT USAGE ON SCHEMA club TO %I', sabc.role_name(r));
EXECUTE format('GRANT SELECT ON club.anglers, club.memberships, club.tournaments, club.entries, '
'club.boats, club.standings TO %I', sabc.role_name(r));
END LOOP;
END $$
;
-- Reader logins: add_user, logins and the rest know the role 'reader'.
CREATE OR REPLACE FUNCTION sabc.club_role_of(p_name text) RETURNS text LANGUAGE sql STABLE AS $$
SELECT min(r.short) FROM pg_roles u
JOIN pg_auth_members am ON am.member = u.oid
JOIN (SELECT x, sabc.role_name(x) FROM unnest(ARRAY['director', 'secretary', 'treasurer', 'admin',
'reader']) AS x) AS r(short, full_name) ON TRUE
JOIN pg_roles g ON g.oid = am.roleid AND g.rolname = r.full_name
WHERE u.rolname = p_name AND NOT (u.rolsuper OR u.rolcreaterole OR u.rolcreatedb OR u.rolreplication
OR u.rolbypassrls)
AND (SELECT count(*) FROM pg_auth_members a2 WHERE a2.member = u.oid) = 1 $$
;
CREATE OR REPLACE FUNCTION sabc.add_user(p_name text, p_role text, p_verifier text) RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE v_role text := regexp_replace(coalesce(p_role, ''), '^sabc_', ''); v_has text;
BEGIN
PERFORM sabc.require_login_admin();
IF v_role NOT IN ('director', 'secretary', 'treasurer', 'admin', 'reader') THEN
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

-- Calendar events (#18)
-- The club's calendar besides its tournaments (holidays, other clubs' tournaments, meetings, the
-- banquet, elections): the director, who keeps the tournaments, and the secretary, who tells the
-- members, both write it. A lake's map address (lakes.map_url) is the director's, as the lake is.
INSERT INTO sabc.table_roles (tbl, role) VALUES
('calendar_events', 'director'), ('calendar_events', 'secretary')
ON CONFLICT (tbl, role) DO NOTHING
;
INSERT INTO sabc.field_rules (tbl, field, kind, required, lo, hi, choices) VALUES
('lakes', 'map_url', 'text', true, NULL, NULL, NULL),
('calendar_events', 'event_date', 'date', true, NULL, NULL, NULL),
('calendar_events', 'kind', 'text', true, NULL, NULL, ARRAY['holiday', 'other_tournament',
 'meeting', 'banquet', 'election', 'club_event']),
('calendar_events', 'name', 'nonblank', true, NULL, NULL, NULL),
('calendar_events', 'start_time', 'time', false, NULL, NULL, NULL),
('calendar_events', 'end_time', 'time', false, NULL, NULL, NULL),
('calendar_events', 'lake_id', 'uuid', false, NULL, NULL, NULL),
('calendar_events', 'notes', 'text', true, NULL, NULL, NULL),
('calendar_events', 'cancelled', 'bool', true, NULL, NULL, NULL)
ON CONFLICT (tbl, field) DO NOTHING
;
UPDATE sabc.field_rules SET has_default = true WHERE (tbl, field) IN (('lakes', 'map_url'),
('calendar_events', 'kind'), ('calendar_events', 'notes'), ('calendar_events', 'cancelled'))
;
SELECT sabc.build_table_checks()
;

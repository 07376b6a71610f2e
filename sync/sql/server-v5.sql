-- Server schema version 5.
-- Every statement may run again (a server whose recorded version was set back re-runs it).
-- Statements end at a line holding only ";" and run one by one (ServerSchema::migrate); a ";"
-- line never stands inside a $$ body.

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

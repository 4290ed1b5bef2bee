-- The team version a card shows (issue 19): a card issue in the duty log records the team's composition time the
-- card was printed from, so a card printed before a change of team and handed out after it is out of date. The text
-- is an ISO 8601 date and time with its offset (OffsetDateTime.toString(), at most 35 characters); null for card
-- issues stored before this version and for the other kinds of entry.
ALTER TABLE grid_duty_log ADD COLUMN team_version VARCHAR(64);

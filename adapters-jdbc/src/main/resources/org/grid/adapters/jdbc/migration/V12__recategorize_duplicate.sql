-- Two corrections the holding office makes to a request (grid-escalation): it corrects the category (改类, history
-- kind RECATEGORIZED) and it closes a request as a duplicate of another (重复件, history kind CLOSED_AS_DUPLICATE,
-- request state DUPLICATE).
-- Placeholders (see Dialect): ${id} an id of up to 64 characters, compared by code point.
--
-- grid_request.category stays the report form's category, as the reporter gave it. current_category is the category
-- in force (RequestRecord.category, Request.category()), which the routing table and the time limits read. A request
-- stored before this migration was never recategorized, so its current category is its report's: the column is
-- added NOT NULL with a default of '' (never a valid category) so that existing rows may take it, set from category,
-- and the default is dropped again, so that every later insert must name it.
--
-- Each history row gains category (the new category of a RECATEGORIZED entry) and duplicate_of (the original of a
-- CLOSED_AS_DUPLICATE entry): NULL on every other row, and so on every row stored before this migration.
--
-- The new names fit the columns they go in: DUPLICATE in grid_request.state, grid_request.paused_state and
-- grid_request_history.state (VARCHAR(16)), RECATEGORIZED and CLOSED_AS_DUPLICATE in grid_request_history.kind
-- (VARCHAR(24)), RequestRecategorized and RequestClosedAsDuplicate in grid_outbox.event_type (VARCHAR(32)).

ALTER TABLE grid_request ADD COLUMN current_category ${id} DEFAULT '' NOT NULL;
UPDATE grid_request SET current_category = category;
ALTER TABLE grid_request ALTER COLUMN current_category DROP DEFAULT;

ALTER TABLE grid_request_history ADD COLUMN category ${id};
ALTER TABLE grid_request_history ADD COLUMN duplicate_of ${id};

-- The form (四单) issued with a history entry moves into the entry's own row: a transition that issues a form
-- (report, assignment, reminder, feedback) now writes one row instead of two, and a load reads one table without a
-- join. The sweep writes a reminder per due request, so this halves its history writes.
-- form_kind is REPORT, ASSIGNMENT, REMINDER or FEEDBACK, or null when the entry issued no form; a REPORT row refers
-- to the report columns of grid_request.

ALTER TABLE grid_request_history ADD COLUMN form_kind VARCHAR(16);
ALTER TABLE grid_request_history ADD COLUMN form_office_tier VARCHAR(16);
ALTER TABLE grid_request_history ADD COLUMN form_office_unit ${id};
ALTER TABLE grid_request_history ADD COLUMN form_assignee ${id};
ALTER TABLE grid_request_history ADD COLUMN form_due_by BIGINT;
ALTER TABLE grid_request_history ADD COLUMN form_missed VARCHAR(16);
ALTER TABLE grid_request_history ADD COLUMN form_missed_deadline BIGINT;
ALTER TABLE grid_request_history ADD COLUMN form_grace_until BIGINT;
ALTER TABLE grid_request_history ADD COLUMN form_result ${text};
ALTER TABLE grid_request_history ADD COLUMN form_rating VARCHAR(24);

UPDATE grid_request_history SET
  form_kind = (SELECT f.kind FROM grid_request_form f
    WHERE f.request_id = grid_request_history.request_id AND f.seq = grid_request_history.seq),
  form_office_tier = (SELECT f.office_tier FROM grid_request_form f
    WHERE f.request_id = grid_request_history.request_id AND f.seq = grid_request_history.seq),
  form_office_unit = (SELECT f.office_unit FROM grid_request_form f
    WHERE f.request_id = grid_request_history.request_id AND f.seq = grid_request_history.seq),
  form_assignee = (SELECT f.assignee FROM grid_request_form f
    WHERE f.request_id = grid_request_history.request_id AND f.seq = grid_request_history.seq),
  form_due_by = (SELECT f.due_by FROM grid_request_form f
    WHERE f.request_id = grid_request_history.request_id AND f.seq = grid_request_history.seq),
  form_missed = (SELECT f.missed FROM grid_request_form f
    WHERE f.request_id = grid_request_history.request_id AND f.seq = grid_request_history.seq),
  form_missed_deadline = (SELECT f.missed_deadline FROM grid_request_form f
    WHERE f.request_id = grid_request_history.request_id AND f.seq = grid_request_history.seq),
  form_grace_until = (SELECT f.grace_until FROM grid_request_form f
    WHERE f.request_id = grid_request_history.request_id AND f.seq = grid_request_history.seq),
  form_result = (SELECT f.result FROM grid_request_form f
    WHERE f.request_id = grid_request_history.request_id AND f.seq = grid_request_history.seq),
  form_rating = (SELECT f.rating FROM grid_request_form f
    WHERE f.request_id = grid_request_history.request_id AND f.seq = grid_request_history.seq)
WHERE EXISTS (SELECT 1 FROM grid_request_form f
  WHERE f.request_id = grid_request_history.request_id AND f.seq = grid_request_history.seq);

DROP TABLE grid_request_form;

-- LDS-04 consent records and objections. Each is its terms (written once, never updated) plus an append-only list of
-- events; a record's state and an objection's status are derived from the events at every request, never stored.
-- person_id is the person the subject resolved to when it was recorded (when the platform knew them); the canonical
-- subject identifier is kept too, so that a subject is matched by person or by identifier (LDS-04-R19, R26).
CREATE TABLE consent_records (
  id text PRIMARY KEY,
  person_id text,
  subject_system text NOT NULL,
  subject_value text NOT NULL,
  -- the first event's recorded_at, normalised to toISOString() form so that text order is time order (LDS-04-R16)
  created_at text NOT NULL,
  -- id, schema_version, created_at, recorded_by and the terms, exactly as created
  record jsonb NOT NULL
);
CREATE INDEX consent_records_person ON consent_records (person_id);
CREATE INDEX consent_records_subject ON consent_records (subject_system, subject_value);

CREATE TABLE consent_events (
  record_id text NOT NULL REFERENCES consent_records (id),
  sequence integer NOT NULL,
  -- the event exactly as returned (LDS-04 consent-event)
  event jsonb NOT NULL,
  PRIMARY KEY (record_id, sequence)
);

CREATE TABLE objections (
  id text PRIMARY KEY,
  person_id text,
  subject_system text NOT NULL,
  subject_value text NOT NULL,
  -- the set event's recorded_at, normalised as for consent records (LDS-04-R16, R23)
  recorded_at text NOT NULL,
  -- id, subject and purposes, exactly as created
  objection jsonb NOT NULL
);
CREATE INDEX objections_person ON objections (person_id);
CREATE INDEX objections_subject ON objections (subject_system, subject_value);

-- At most two events: the set event (sequence 1) and the withdrawn event (sequence 2); the key makes a second
-- withdrawal impossible even for two requests at once (LDS-04-R14).
CREATE TABLE objection_events (
  objection_id text NOT NULL REFERENCES objections (id),
  sequence integer NOT NULL CHECK (sequence IN (1, 2)),
  event jsonb NOT NULL,
  PRIMARY KEY (objection_id, sequence)
);

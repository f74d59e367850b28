-- The access audit (LDS-07): one hash chain of audit events per platform, shared by every instance over one database.

-- The chain head: one row, locked (SELECT ... FOR UPDATE) by every append, so that appends from any number of
-- instances are serialised and sequences have no gaps (LDS-07-R09).
CREATE TABLE audit_chain_head (
  id integer PRIMARY KEY CHECK (id = 1),
  -- the number of events, which is the latest event's sequence
  length integer NOT NULL,
  -- the latest event's hash; sixty-four zeros (the genesis value) before the first event
  hash text NOT NULL,
  -- the latest event's recorded_at (ISO 8601 UTC); null before the first event
  recorded_at text
);
INSERT INTO audit_chain_head (id, length, hash, recorded_at) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000', NULL);

-- The events. `event` is the event's RFC 8785 form, hash included: what the platform serves, exactly as recorded
-- (LDS-07-R10). The other columns repeat members of it for search (LDS-07-R15); requester_name is the requester
-- organisation's name from its token, for the access report (LDS-07-R22), and is not part of the event.
CREATE TABLE audit_events (
  sequence integer PRIMARY KEY CHECK (sequence >= 1),
  id text NOT NULL UNIQUE,
  event text NOT NULL,
  recorded_at text NOT NULL,
  standard text NOT NULL,
  operation text NOT NULL,
  requester_system text NOT NULL,
  requester_value text NOT NULL,
  requester_name text,
  purpose_class text,
  agreement_id text,
  agreement_version integer,
  outcome text NOT NULL,
  break_glass boolean NOT NULL,
  trace_id text
);
CREATE INDEX audit_events_requester ON audit_events (requester_system, requester_value, sequence);
CREATE INDEX audit_events_trace_id ON audit_events (trace_id);
CREATE INDEX audit_events_agreement ON audit_events (agreement_id, agreement_version);

-- The subjects of each event, canonical, in request order: what a subject filter and the access report match on.
CREATE TABLE audit_event_subjects (
  sequence integer NOT NULL REFERENCES audit_events (sequence),
  position integer NOT NULL,
  system text NOT NULL,
  value text NOT NULL,
  PRIMARY KEY (sequence, position)
);
CREATE INDEX audit_event_subjects_identifier ON audit_event_subjects (system, value);

-- Events are immutable (LDS-07-R12): the database refuses to change or remove one. The hash chain makes any change
-- made around this (by an owner who disables the trigger) evident to every verifier.
CREATE FUNCTION audit_events_immutable() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit events are immutable (LDS-07-R12)'; END $$;
CREATE TRIGGER audit_events_immutable BEFORE UPDATE OR DELETE ON audit_events FOR EACH ROW EXECUTE FUNCTION audit_events_immutable();
CREATE TRIGGER audit_event_subjects_immutable BEFORE UPDATE OR DELETE ON audit_event_subjects FOR EACH ROW EXECUTE FUNCTION audit_events_immutable();

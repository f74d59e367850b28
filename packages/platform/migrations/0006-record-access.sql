-- LDS-06 record access. A platform discloses the records of each record type on behalf of one source organisation
-- at one base URL (LDS-06 §2): the source of each record type is held once.
CREATE TABLE record_sources (
  record_type text PRIMARY KEY,
  organisation_system text NOT NULL,
  organisation_value text NOT NULL
);

-- The record summaries the platform holds, whole, each with the organisation that holds it: each request gets the
-- record minimised (LDS-06-R13). One record of a type per person. A record whose source is not the record type's
-- source is held but never disclosed at this base URL.
CREATE TABLE records (
  person_id text NOT NULL REFERENCES people (person_id),
  record_type text NOT NULL,
  source_system text NOT NULL,
  source_value text NOT NULL,
  record jsonb NOT NULL,
  -- when the source record last changed, if known (LDS-06-R25): ISO 8601 UTC
  updated_at text,
  PRIMARY KEY (person_id, record_type)
);

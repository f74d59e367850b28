-- The people a platform holds records about (in a sandbox: the synthetic personas). A person is found by any of
-- their identifiers, held in canonical form (LDS-01), so non-canonical input finds the same person.
CREATE TABLE people (
  person_id text PRIMARY KEY,
  person jsonb NOT NULL,
  deceased boolean NOT NULL DEFAULT false
);

CREATE TABLE person_identifiers (
  system text NOT NULL,
  value text NOT NULL,
  person_id text NOT NULL REFERENCES people (person_id),
  PRIMARY KEY (system, value)
);
CREATE INDEX person_identifiers_person ON person_identifiers (person_id);

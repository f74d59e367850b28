-- LDS-05 data sharing agreements. An agreement is a series of immutable versions (LDS-05-R03): each version is one
-- row of agreement_versions, written once and never updated or deleted. agreements is the agreement's head: it
-- holds the number of the latest version and is locked (SELECT ... FOR UPDATE) by every change, so that of two
-- concurrent changes based on the same version at most one succeeds (LDS-05-R08).
CREATE TABLE agreements (
  -- the agreement's id, a UUID in lower case
  agreement_id text PRIMARY KEY,
  latest_version integer NOT NULL
);

CREATE TABLE agreement_versions (
  agreement_id text NOT NULL REFERENCES agreements (agreement_id),
  version integer NOT NULL,
  status text NOT NULL,
  -- ISO 8601 UTC, as in the document
  created_at text NOT NULL,
  -- the version exactly as LDS-05 returns it (agreement.schema.json)
  document jsonb NOT NULL,
  PRIMARY KEY (agreement_id, version)
);
CREATE INDEX agreement_versions_status ON agreement_versions (status, agreement_id);

-- The organisation of every party of every version, in canonical form (LDS-01): who may read an agreement
-- (a party in any version, LDS-05-R26), whose agreements listAgreements returns (LDS-05-R30), and the register's
-- party filter (LDS-05-R34). Written with the version, never changed.
CREATE TABLE agreement_version_parties (
  agreement_id text NOT NULL,
  version integer NOT NULL,
  system text NOT NULL,
  value text NOT NULL,
  PRIMARY KEY (agreement_id, version, system, value),
  FOREIGN KEY (agreement_id, version) REFERENCES agreement_versions (agreement_id, version)
);
CREATE INDEX agreement_version_parties_organisation ON agreement_version_parties (system, value);

-- Versions never change and nothing is deleted (LDS-05-R03): the database refuses it, whatever the code does.
CREATE FUNCTION lds05_versions_are_immutable() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'agreement versions are immutable (LDS-05-R03)'; END $$;
CREATE TRIGGER agreement_versions_immutable BEFORE UPDATE OR DELETE ON agreement_versions FOR EACH ROW EXECUTE FUNCTION lds05_versions_are_immutable();
CREATE TRIGGER agreement_version_parties_immutable BEFORE UPDATE OR DELETE ON agreement_version_parties FOR EACH ROW EXECUTE FUNCTION lds05_versions_are_immutable();

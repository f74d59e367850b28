import type { ConsentRecord } from "@lds/types/lds-04";
import { ProblemError } from "../http/problem.ts";
import { type IdentifierLike, sameIdentifier } from "./identifiers.ts";

/**
 * Whether an organisation may see a consent record: it recorded it, or the record names it as a controller or a
 * recipient (LDS-04-R04). A consent record concerns those organisations and no others.
 */
export function maySee(record: ConsentRecord, organisation: IdentifierLike): boolean {
  return (
    sameIdentifier(record.recorded_by, organisation) ||
    [...record.controllers, ...record.recipients].some((party) => sameIdentifier(party.organisation, organisation))
  );
}

/** 403 `forbidden` unless the organisation may see the record (LDS-04-R04). */
export function checkMaySee(record: ConsentRecord, organisation: IdentifierLike): void {
  if (!maySee(record, organisation)) {
    throw new ProblemError(403, "forbidden", "Only the organisations a consent record names may see or change it.");
  }
}

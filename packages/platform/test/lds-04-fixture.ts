import * as lds04 from "../src/lds-04/handlers.ts";
import { putPerson } from "../src/people/people.ts";
import { call, json, testPlatform } from "./harness.ts";

// What the LDS-04 tests share: the organisations that record and read, the scopes, the purposes, and a platform
// serving LDS-00 and LDS-04 with a clock the tests move. Each test file keeps its own models.

export const NHS = "https://fhir.nhs.uk/Id/nhs-number";
export const UPN = "urn:lds:id:upn";
/** Three organisations: two councils (A, C) and an NHS trust (B). */
export const A = { system: "urn:lds:id:gss", value: "E06000991" };
export const B = { system: "https://fhir.nhs.uk/Id/ods-organization-code", value: "RZ9" };
export const C = { system: "urn:lds:id:gss", value: "E08000992" };
export type Organisation = typeof A;
export const SCOPES = ["lds-04:read", "lds-04:write", "lds-04:check", "lds-04:decide"];
/** The purposes an objection may cover (LDS-04-R11), and all five. */
export const OBJECTABLE = ["planning", "research", "statistics"] as const;
export const PURPOSES = ["direct-care", "safeguarding", ...OBJECTABLE] as const;
/** The time every LDS-04 test starts at. */
export const START = Date.parse("2026-11-25T09:00:00.000Z");

export const nhs = (value: string) => ({ system: NHS, value });
/** An event or withdrawal made by the person, online. */
export const bySubject = { actor: { role: "subject" }, channel: "online" };
export const subjectRequest = { reason: "subject-request", ...bySubject };
/** A controller or recipient of a consent record. */
export const party = (organisation: Organisation, name = "Organisation") => ({
  organisation,
  name,
  address: "1 Test Street, Northmoor NM9 9ZZ",
  contact: "mailto:dpo@example.org",
});

/**
 * A platform serving LDS-00 and LDS-04 on the engine, whose clock reads `clock.now` (from START), with tokens issued
 * to an organisation, requests made with them, people stored, and the standard's examples.
 */
export async function lds04Platform(engine: string) {
  const clock = { now: START };
  const platform = await testPlatform(engine, {
    standards: ["LDS-00", "LDS-04"],
    handlers: lds04,
    now: () => new Date(clock.now),
  });
  const token = (organisation: Organisation, scopes = SCOPES) =>
    platform.context.tokens.issue({ clientId: `client-${organisation.value}`, organisation, name: "Org", scopes });
  const post = (as: string, path: string, body: unknown) => call(platform, "POST", `/v1${path}`, { body, token: as });
  const get = async (as: string, path: string) => json(await call(platform, "GET", `/v1${path}`, { token: as }));
  const person = (id: string, identifiers: { system: string; value: string }[], death_date?: string) =>
    platform.context.db.transaction((tx) =>
      putPerson(tx, id, { identifiers, ...(death_date === undefined ? {} : { death_date }) }),
    );
  const examples = platform.context.catalogue.standards.find((standard) => standard.id === "LDS-04")!.examples;
  return { platform, clock, token, post, get, person, examples };
}

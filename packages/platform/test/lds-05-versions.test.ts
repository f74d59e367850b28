import { fc, test } from "@fast-check/vitest";
import type { AgreementStatus, DataSharingAgreementTerms } from "@lds/types/lds-05";
import { describe, expect } from "vitest";
import * as lds05 from "../src/lds-05/handlers.ts";
import { call, engines, json, testPlatform } from "./harness.ts";

/**
 * Model-based tests of LDS-05's version history: random sequences of amendments and status changes, valid and
 * invalid, from controller and processor parties, checked step by step against a model of the agreement
 * (LDS-05-R03 to LDS-05-R10, LDS-05-R27).
 */

const A = { system: "urn:lds:id:gss", value: "E08000099" }; // controller
const B = { system: "https://fhir.nhs.uk/Id/ods-organization-code", value: "RZZ" }; // controller
const P = { system: "https://fhir.nhs.uk/Id/ods-organization-code", value: "X9Q9" }; // processor for A
const ORGANISATIONS = { A, B, P } as const;
type Who = keyof typeof ORGANISATIONS;

/** The status changes LDS-05-R09 allows, written out here as the standard's table gives them. */
const ALLOWED = new Set([
  "draft>active",
  "draft>terminated",
  "active>suspended",
  "active>terminated",
  "suspended>active",
  "suspended>terminated",
]);

interface Amend {
  readonly kind: "amend";
  readonly as: Who;
  readonly stale: boolean;
  /** Whether the new terms are complete; incomplete terms lack retention. */
  readonly complete: boolean;
}
interface Transition {
  readonly kind: "transition";
  readonly as: Who;
  readonly stale: boolean;
  readonly to: "active" | "suspended" | "terminated";
}
type Step = Amend | Transition;

/** Mostly controllers and current versions, so that sequences get far; sometimes the processor or a stale version. */
const who = fc.constantFrom<Who>("A", "A", "B", "B", "P");
const stale = fc.integer({ min: 0, max: 5 }).map((n) => n === 0);
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant("amend" as const), as: who, stale, complete: fc.boolean() }),
  fc.record({
    kind: fc.constant("transition" as const),
    as: who,
    stale,
    to: fc.constantFrom("active" as const, "suspended" as const, "terminated" as const),
  }),
);

/** What the model expects of a step: the status and problem code, and the agreement afterwards. */
function expectation(
  model: { status: AgreementStatus; complete: boolean },
  s: Step,
): { status: number; code?: string; next?: { status: AgreementStatus; complete: boolean } } {
  if (s.as === "P") return { status: 403, code: "agreement-controller-required" };
  if (s.stale) return { status: 409, code: "agreement-version-conflict" };
  if (s.kind === "amend") {
    if (model.status === "terminated") return { status: 409, code: "agreement-terminated" };
    const mustBeComplete = model.status === "active" || model.status === "suspended";
    if (mustBeComplete && !s.complete) return { status: 422, code: "agreement-incomplete" };
    return { status: 201, next: { status: model.status, complete: s.complete } };
  }
  if (!ALLOWED.has(`${model.status}>${s.to}`)) return { status: 409, code: "agreement-transition-not-allowed" };
  if (s.to !== "terminated" && !model.complete) return { status: 422, code: "agreement-incomplete" };
  return { status: 201, next: { status: s.to, complete: model.complete } };
}

describe.each(engines)("LDS-05 version history on %s", async (engine) => {
  const platform = await testPlatform(engine, {
    standards: ["LDS-00", "LDS-05"],
    handlers: lds05,
    now: () => new Date("2026-06-01T12:00:00Z"),
  });
  const full = platform.context.catalogue.standards
    .find((standard) => standard.id === "LDS-05")
    ?.examples.find((file) => file.name === "agreement-terms-full")?.example.instance as DataSharingAgreementTerms;
  const terms = (complete: boolean, reference: string): DataSharingAgreementTerms => {
    const copy = { ...structuredClone(full), reference };
    if (!complete) delete copy.retention;
    return copy;
  };
  /** One token per organisation: the clock is fixed, so they never expire. */
  const tokens = new Map<Who, Promise<string>>();
  const tokenOf = (as: Who) => {
    const token =
      tokens.get(as) ??
      platform.context.tokens.issue({
        clientId: as,
        organisation: ORGANISATIONS[as],
        name: as,
        scopes: ["lds-05:read", "lds-05:write"],
      });
    tokens.set(as, token);
    return token;
  };
  const send = async (as: Who, method: string, path: string, body?: unknown) =>
    call(platform, method, `/v1${path}`, { token: await tokenOf(as), ...(body === undefined ? {} : { body }) });
  const text = async (path: string) => {
    const response = await send("A", "GET", path);
    expect(response.status).toBe(200);
    return response.text();
  };

  test.prop([fc.array(step, { minLength: 1, maxLength: 8 })], { numRuns: 12 })(
    "LDS-05-R03 LDS-05-R04 LDS-05-R05 LDS-05-R06 LDS-05-R08 LDS-05-R09 LDS-05-R10 LDS-05-R27: every step does what the model says; earlier versions read back byte-identical",
    async (steps) => {
      const created = await send("A", "POST", "/agreements", { terms: terms(true, "step-0") });
      expect(created.status).toBe(201);
      const { id } = await json(created);
      const path = `/agreements/${id}`;
      const model = { status: "draft" as AgreementStatus, complete: true, versions: 1 };
      const firstReads = [await text(`${path}/versions/1`)];

      for (const [index, s] of steps.entries()) {
        const based = s.stale ? (model.versions > 1 ? model.versions - 1 : model.versions + 1) : model.versions;
        const summary = `Step ${index + 1}.`;
        const response =
          s.kind === "amend"
            ? await send(s.as, "POST", `${path}/versions`, {
                based_on_version: based,
                change_summary: summary,
                terms: terms(s.complete, `step-${index + 1}`),
              })
            : await send(s.as, "POST", `${path}/transitions`, {
                to: s.to,
                based_on_version: based,
                change_summary: summary,
              });
        const expected = expectation(model, s);
        const body = await response.text();
        expect({ step: s, status: response.status }).toEqual({ step: s, status: expected.status });
        if (expected.code) expect(JSON.parse(body).code).toBe(expected.code);

        if (expected.next) {
          model.versions += 1;
          model.status = expected.next.status;
          model.complete = expected.next.complete;
          const version = JSON.parse(body);
          expect(version).toMatchObject({
            id,
            version: model.versions,
            status: model.status,
            created_by: ORGANISATIONS[s.as],
            change_type: s.kind === "amend" ? "amended" : "status-changed",
            change_summary: summary,
          });
          const location = new URL(response.headers.get("location") ?? "").pathname.replace(/^\/v1/, "");
          expect(location).toBe(`${path}/versions/${model.versions}`);
          expect(await text(location)).toBe(body);
          firstReads.push(body);
        }

        // Nothing earlier ever changes, refused requests add nothing, and the agreement is its latest version.
        for (const [i, first] of firstReads.entries()) expect(await text(`${path}/versions/${i + 1}`)).toBe(first);
        const history = await json(await send("B", "GET", `${path}/versions?size=100`));
        expect(history.page.total_items).toBe(model.versions);
        expect(history.items.map((item: { version: number }) => item.version)).toEqual(firstReads.map((_, i) => i + 1));
        expect(await text(path)).toBe(firstReads.at(-1));
      }
    },
    180_000,
  );
});

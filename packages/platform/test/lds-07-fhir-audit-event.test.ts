import { readFileSync } from "node:fs";
import { join } from "node:path";
import { canonicalize } from "@lds/canonical-json";
import { loadCatalogue, standardsRoot } from "@lds/catalogue";
import type { AccessReport, AuditEvent } from "@lds/types/lds-07";
import { createValidator } from "@lds/validate";
import { describe, expect, test } from "vitest";
import { accessReportEntry, activityOf } from "../src/lds-07/access-report.ts";
import { bundleLinks, fhirAuditEvent, purposeOfUseCodes } from "../src/lds-07/fhir-audit-event.ts";

const example = <T>(name: string): T => {
  const file = join(standardsRoot(), "lds-07-access-audit", "1", "examples", "valid", `${name}.json`);
  return (JSON.parse(readFileSync(file, "utf8")) as { instance: T }).instance;
};
const events = ["audit-event-minimal", "audit-event-denied-objection", "audit-event-full"].map((name) =>
  example<AuditEvent>(name),
);
const catalogue = loadCatalogue();
const validator = createValidator(catalogue);
/** The custodian of the example chain (audit-chain-full). */
const custodian = { system: "urn:lds:id:gss", value: "E08000099" };
const page = (n: number) => `https://lds.example/v1/audit-events/fhir/$search?page=${n}&size=20`;

// The mappings are pure functions of an event: these tests need no storage engine.
describe("LDS-07 mappings of the README's example events", () => {
  test("LDS-07-R23, R24: each example event maps to exactly the AuditEvent of the README's export example", () => {
    const bundle = example<{ entry: { resource: unknown }[] }>("fhir-audit-event-bundle-full");
    const codes = purposeOfUseCodes(catalogue);
    expect(events.map((event) => fhirAuditEvent(event, custodian, codes))).toEqual(
      bundle.entry.map((entry) => entry.resource),
    );
  });

  test("LDS-07-R23: the purpose class mapping comes from LDS-05's x-mappings (planning HOPERAT, safeguarding none)", () => {
    const codes = purposeOfUseCodes(catalogue);
    expect(codes.get("planning")).toBe("HOPERAT");
    expect(codes.get("direct-care")).toBe("TREAT");
    expect(codes.has("safeguarding")).toBe(false);
  });

  test("LDS-07-R23: a 5xx error is outcome 8, a 4xx error 4; a version-less agreement has a version-less policy", () => {
    const codes = purposeOfUseCodes(catalogue);
    const base = events[0]!;
    const failed: AuditEvent = {
      ...base,
      agreement_id: "6e17401c-1806-4c01-9818-8dd9f25380b3",
      outcome: { result: "error", http_status: 503, problem_code: "service-unavailable" },
    };
    const mapped = fhirAuditEvent(failed, custodian, codes);
    expect(mapped).toMatchObject({ outcome: "8", outcomeDesc: "service-unavailable" });
    expect(mapped.agent[0]!.policy).toEqual(["urn:lds:agreement:6e17401c-1806-4c01-9818-8dd9f25380b3"]);
    const rejected = { ...failed, outcome: { result: "error", http_status: 422, problem_code: "validation-failed" } };
    expect(fhirAuditEvent(rejected as AuditEvent, custodian, codes).outcome).toBe("4");
    const bundle = {
      resourceType: "Bundle",
      type: "collection",
      timestamp: "2025-03-04T11:00:00Z",
      link: bundleLinks({ self: page(2), first: page(1), last: page(3), next: page(3), prev: page(1) }),
      entry: [mapped].map((resource) => ({ fullUrl: `urn:uuid:${resource.id}`, resource })),
    };
    expect(
      validator.validate(
        "https://standards.lds.example/lds-07-access-audit/1/schemas/fhir-audit-event-bundle.schema.json",
        bundle,
      ),
    ).toEqual([]);
    // The canonical event rides along, hash included (LDS-07-R24).
    expect(bundle.link.map((link) => link.relation)).toEqual(["self", "first", "last", "next", "previous"]);
    const detail = mapped.entity.at(-1) as { detail: { valueBase64Binary: string }[] };
    expect(Buffer.from(detail.detail[0]!.valueBase64Binary, "base64").toString("utf8")).toBe(canonicalize(failed));
  });

  test("LDS-07-R20, R22: the second and third example events are the README's access report entries", () => {
    const report = example<AccessReport>("access-report-full");
    const names = ["Northmoor Teaching Hospitals NHS Trust", "Northmoor Police"];
    expect(events.slice(1).map((event, index) => accessReportEntry(event, names[index]))).toEqual(report.entries);
  });

  test("LDS-07-R20: activity follows the event's standard", () => {
    expect(["LDS-06", "LDS-04", "LDS-05", "LDS-07", "LDS-08"].map(activityOf)).toEqual([
      "record-access",
      "consent-and-objections",
      "data-sharing-agreement",
      "audit",
      "other",
    ]);
  });
});

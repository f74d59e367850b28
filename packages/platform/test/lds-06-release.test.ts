// LDS-06 pointer semantics, minimisation and redactions, against the standard's own code lists and examples.
import { fc, test } from "@fast-check/vitest";
import { loadCatalogue } from "@lds/catalogue";
import type { RecordType } from "@lds/types/lds-06";
import { createValidator } from "@lds/validate";
import { describe, expect } from "vitest";
import { minimiseRecord } from "../src/lds-06/minimised-record.ts";
import { pointerCodeList } from "../src/lds-06/pointer-code-list.ts";
import { covers, parentOf } from "../src/lds-06/pointers.ts";
import { PROBLEM_STATUS } from "../src/lds-06/refusal.ts";
import { type Gates, releasePlan } from "../src/lds-06/released-pointers.ts";

const catalogue = loadCatalogue();
const validator = createValidator(catalogue);
const lds06 = catalogue.standards.find((standard) => standard.id === "LDS-06")!;
const example = (name: string) => lds06.examples.find((file) => file.name === name)!.example.instance;
const FAMILY: RecordType = "family-support-summary";
const SOCIAL_CARE: RecordType = "childrens-social-care-summary";
const RECORD_TYPES = [FAMILY, SOCIAL_CARE] as const;
const ALL_OPEN: Gates = { specialCategory: true, criminalOffence: true };
const ALL_CLOSED: Gates = { specialCategory: false, criminalOffence: false };

/** Every instance location of a JSON value with a value under it that is not an object or array, as pointers. */
function leafLocations(value: unknown, location = ""): [string, unknown][] {
  if (Array.isArray(value)) return value.flatMap((item, index) => leafLocations(item, `${location}/${index}`));
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([name, member]) => leafLocations(member, `${location}/${name}`));
  }
  return [[location, value]];
}
/** A location's data item pointer: its array indices left out (LDS-06 §4.2). */
const withoutIndices = (location: string) => location.replace(/\/\d+(?=\/|$)/g, "");

describe("LDS-06 pointer code lists", () => {
  test("are read from the standard: 66 family support and 40 children's social care pointers (§4.2)", () => {
    expect(pointerCodeList(catalogue, FAMILY).pointers).toHaveLength(66);
    expect(pointerCodeList(catalogue, SOCIAL_CARE).pointers).toHaveLength(40);
  });

  test("mark special category and criminal offence data as §4.3 lists, and everything below a marked pointer", () => {
    const family = pointerCodeList(catalogue, FAMILY);
    const care = pointerCodeList(catalogue, SOCIAL_CARE);
    expect(family.mark("/household/members/ethnicity")).toBe("special-category");
    expect(family.mark("/needs/mental_and_physical_health/status")).toBe("special-category");
    expect(family.mark("/needs/substance_use")).toBe("special-category");
    expect(family.mark("/needs/crime/identified_on")).toBe("criminal-offence");
    expect(family.mark("/needs")).toBeUndefined();
    expect(family.mark("/household/members")).toBeUndefined();
    expect(care.mark("/child_details/disabilities")).toBe("special-category");
    expect(care.mark("/social_care_episodes/primary_need_code")).toBe("special-category");
    expect(care.mark("/social_care_episodes/looked_after_episodes/legal_status")).toBe("criminal-offence");
    expect(care.mark("/social_care_episodes/looked_after_episodes/start_date")).toBeUndefined();
    const marked = family.pointers.filter((pointer) => family.mark(pointer) !== undefined);
    expect(marked).toHaveLength(13);
  });

  test("leaf pointers have no pointer below them; arrays of identifiers and codes are leaves (§4.2)", () => {
    const family = pointerCodeList(catalogue, FAMILY);
    expect(family.isLeaf("/household/members/identifiers")).toBe(true);
    expect(family.isLeaf("/household/members")).toBe(false);
    expect(pointerCodeList(catalogue, SOCIAL_CARE).isLeaf("/child_details/disabilities")).toBe(true);
  });
});

describe("LDS-06 problem types", () => {
  test("each LDS-06 problem is sent with the status problem-type.schema.json gives it (LDS-06 §6)", () => {
    const schema = lds06.schemas.find((file) => file.name === "problem-type")!.schema;
    const entries = schema.oneOf as { const: string; "x-mappings": { http_status: string } }[];
    expect(Object.keys(PROBLEM_STATUS).sort()).toEqual(entries.map((entry) => entry.const).sort());
    for (const entry of entries) {
      expect(PROBLEM_STATUS[entry.const as keyof typeof PROBLEM_STATUS], entry.const).toBe(
        Number(entry["x-mappings"].http_status),
      );
    }
  });
});

describe("LDS-06 released pointers and redactions (§5.4)", () => {
  const family = pointerCodeList(catalogue, FAMILY);
  const workedFields = ["/household", "/needs", "/lead_practitioner/role", "/plan"];
  const workedItems = ["/household/members", "/needs", "/lead_practitioner"];

  test("the worked example: members, needs and the practitioner's role released; address and plan redacted (LDS-06-R13, R14)", () => {
    const plan = releasePlan(family, workedFields, workedItems, ALL_OPEN);
    expect(plan.redactions).toEqual([
      { pointer: "/household/address", reason: "not-in-agreement" },
      { pointer: "/plan", reason: "not-in-agreement" },
    ]);
    for (const pointer of ["/household/members/ethnicity", "/needs/crime/status", "/lead_practitioner/role"]) {
      expect(plan.released.has(pointer), pointer).toBe(true);
    }
    for (const pointer of ["/household", "/household/address/uprn", "/lead_practitioner/team_name", "/plan/status"]) {
      expect(plan.released.has(pointer), pointer).toBe(false);
    }
  });

  test("the worked example without conditions: the marked needs and ethnicity are withheld by their gates (LDS-06-R15, R16)", () => {
    const plan = releasePlan(family, workedFields, workedItems, ALL_CLOSED);
    expect(plan.redactions).toEqual([
      { pointer: "/household/address", reason: "not-in-agreement" },
      { pointer: "/household/members/ethnicity", reason: "special-category-condition-missing" },
      { pointer: "/needs/mental_and_physical_health", reason: "special-category-condition-missing" },
      { pointer: "/needs/substance_use", reason: "special-category-condition-missing" },
      { pointer: "/needs/crime", reason: "criminal-offence-condition-missing" },
      { pointer: "/plan", reason: "not-in-agreement" },
    ]);
  });

  test("a pointer withheld for one reason below one withheld for another is listed too (LDS-06-R14)", () => {
    const plan = releasePlan(family, ["/needs"], ["/needs/crime"], ALL_CLOSED);
    expect(plan.released.size).toBe(0);
    expect(plan.redactions).toEqual([
      { pointer: "/needs", reason: "not-in-agreement" },
      { pointer: "/needs/crime", reason: "criminal-offence-condition-missing" },
    ]);
  });

  const recordType = fc.constantFrom(...RECORD_TYPES);
  const subset = (pointers: readonly string[]) => fc.subarray([...pointers], { minLength: 1 });
  const scenario = recordType.chain((type) => {
    const list = pointerCodeList(catalogue, type);
    return fc.record({
      type: fc.constant(type),
      fields: fc.option(subset(list.pointers), { nil: undefined }),
      items: subset(list.pointers),
      gates: fc.record({ specialCategory: fc.boolean(), criminalOffence: fc.boolean() }),
    });
  });

  test.prop([scenario])(
    "released pointers are exactly those requested, in the agreement and not gated; every withheld pointer is under one redaction (LDS-06-R13, R14)",
    ({ type, fields, items, gates }) => {
      const list = pointerCodeList(catalogue, type);
      const plan = releasePlan(list, fields, items, gates);
      const requested = (q: string) => (fields ?? items).some((p) => covers(p, q));
      const inAgreement = (q: string) => items.some((p) => covers(p, q));
      const gated = (q: string) =>
        (list.mark(q) === "special-category" && !gates.specialCategory) ||
        (list.mark(q) === "criminal-offence" && !gates.criminalOffence);
      for (const q of list.pointers) {
        expect(plan.released.has(q), q).toBe(requested(q) && inAgreement(q) && !gated(q));
      }
      const withheld = (q: string) => requested(q) && !list.pointers.some((r) => covers(q, r) && plan.released.has(r));
      const pointers = plan.redactions.map((redaction) => redaction.pointer);
      expect(new Set(pointers).size).toBe(pointers.length);
      const reasonOf = (q: string) =>
        !inAgreement(q)
          ? "not-in-agreement"
          : list.mark(q) === "special-category"
            ? "special-category-condition-missing"
            : "criminal-offence-condition-missing";
      for (const { pointer, reason } of plan.redactions) {
        expect(withheld(pointer), pointer).toBe(true);
        expect(reason, pointer).toBe(reasonOf(pointer));
        // Listed only when the pointer above is not withheld for the same reason: the highest for its reason.
        const parent = parentOf(pointer);
        expect(withheld(parent) && reasonOf(parent) === reason, pointer).toBe(false);
      }
      // Every withheld pointer is listed, or is below a listed one withheld for the same reason.
      for (const q of list.pointers.filter(withheld)) {
        expect(
          plan.redactions.some((r) => covers(r.pointer, q) && r.reason === reasonOf(q)),
          q,
        ).toBe(true);
      }
    },
  );
});

describe("LDS-06 minimised records (§5.4)", () => {
  const full = {
    [FAMILY]: example("family-support-summary-full"),
    [SOCIAL_CARE]: example("childrens-social-care-summary-full"),
  } as const;
  const released = fc
    .constantFrom(...RECORD_TYPES)
    .chain((type) =>
      fc.record({ type: fc.constant(type), released: fc.subarray([...pointerCodeList(catalogue, type).pointers]) }),
    );

  test.prop([released])(
    "holds exactly the source's values at released leaf pointers, and validates against the record schema (LDS-06-R13, R21)",
    ({ type, released }) => {
      const list = pointerCodeList(catalogue, type);
      const source = full[type];
      const { record, heldPointers } = minimiseRecord(source, list, new Set(released));
      const isReleased = (location: string) => {
        const pointer = list.pointers.find((p) => list.isLeaf(p) && covers(p, withoutIndices(location)))!;
        return released.includes(pointer);
      };
      // Every value returned sits at a released leaf pointer, and is the source's value there.
      const returned = leafLocations(record).map(([location]) => withoutIndices(location));
      for (const location of leafLocations(record).map(([l]) => l)) expect(isReleased(location), location).toBe(true);
      // Every value the source holds at a released leaf pointer is returned, as many times as it is held.
      const expected = leafLocations(source)
        .filter(([location]) => isReleased(location))
        .map(([location]) => withoutIndices(location));
      expect(returned.sort()).toEqual(expected.sort());
      expect([...heldPointers].every((pointer) => released.includes(pointer) && list.isLeaf(pointer))).toBe(true);
      const schema = `https://standards.lds.example/lds-06-record-access/1/schemas/records/${type}.schema.json`;
      expect(validator.validate(schema, record)).toEqual([]);
    },
  );

  test.prop([released])(
    "a narrower release is exactly the corresponding part of a wider one (LDS-06-R21)",
    ({ type, released }) => {
      const list = pointerCodeList(catalogue, type);
      const wider = new Set(released);
      const narrower = new Set(released.filter((_, index) => index % 2 === 0));
      const fromSource = minimiseRecord(full[type], list, narrower).record;
      const fromWider = minimiseRecord(minimiseRecord(full[type], list, wider).record, list, narrower).record;
      expect(fromSource).toEqual(fromWider);
      expect(minimiseRecord(full[type], list, wider)).toEqual(minimiseRecord(full[type], list, wider));
    },
  );

  test("a value at a location outside the code list never travels (LDS-06 §4.1)", () => {
    const list = pointerCodeList(catalogue, FAMILY);
    const all = new Set(list.pointers);
    const { record } = minimiseRecord(
      { plan: { status: "active", secret: "x" }, placement: { address: "y" } },
      list,
      all,
    );
    expect(record).toEqual({ plan: { status: "active" } });
  });
});

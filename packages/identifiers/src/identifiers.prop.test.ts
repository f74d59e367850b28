// Properties every identifier rule and its generators hold.
import { test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { nearMissIdentifier, nonCanonicalIdentifier, nonStrictPostcode, validIdentifier } from "./arbitraries/index.ts";
import { identifierNames } from "./identifier-name.ts";
import { canonicalForm } from "./normalise.ts";
import { postcode } from "./postcode.ts";
import { canonicalise, validate } from "./validate.ts";

describe.each(identifierNames)("%s", (name) => {
  test.prop([validIdentifier(name)])("generated valid values validate and are their own canonical form", (value) => {
    expect(validate(name, value)).toEqual({ valid: true, canonical: value, errors: [] });
  });

  test.prop([nearMissIdentifier(name)])("generated near misses do not validate, with one error", (value) => {
    const result = validate(name, value);
    expect(result.valid, JSON.stringify(value)).toBe(false);
    expect(result.errors).toHaveLength(1);
    const [error] = result.errors;
    expect(error?.code).toBe(`invalid-${name}`);
    // Messages never repeat the value (they end up in problem responses and logs).
    if (value.trim().length >= 6) expect(error?.message).not.toContain(value.trim());
  });

  test.prop([nonCanonicalIdentifier(name)])(
    "non-canonical spellings canonicalise to the canonical value, by LDS-01-R02's steps alone",
    (variant) => {
      expect(canonicalForm(name, variant.value)).toBe(variant.canonical);
      expect(canonicalise(name, variant.value)).toBe(variant.canonical);
    },
  );

  test.prop([nonCanonicalIdentifier(name)])("canonicalise is idempotent", ({ value }) => {
    const once = canonicalise(name, value);
    expect(canonicalise(name, once)).toBe(once);
  });
});

describe("postcode warnings", () => {
  test.prop([nonStrictPostcode()])(
    "valid postcodes that miss the strict pattern carry postcode-not-strict",
    (value) => {
      const result = postcode.validate(value);
      expect(result.valid).toBe(true);
      expect(result.warnings?.map((warning) => warning.code)).toEqual(["postcode-not-strict"]);
    },
  );
});

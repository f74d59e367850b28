import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "vitest";
import { run } from "./run.ts";

const dir = mkdtempSync(join(tmpdir(), "lds-cli-"));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const good = file("good.json", JSON.stringify({ system: "https://fhir.nhs.uk/Id/nhs-number", value: "9434765919" }));
const bad = file("bad.json", JSON.stringify({ system: "https://fhir.nhs.uk/Id/nhs-number", value: "9434765918" }));

test("exit 0 for a valid document", async () => {
  const { code, out } = await run("validate", "--schema", "lds-01/identifier", good);
  expect(code).toBe(0);
  expect(out).toEqual([`✓ ${good}`]);
});

test("exit 1 for an invalid one, with its errors; --json gives one object per file", async () => {
  const { code, out } = await run("validate", "--schema", "lds-01/identifier", "--json", good, bad);
  expect(code).toBe(1);
  const results = out.map((line) => JSON.parse(line));
  expect(results[0]).toEqual({ file: good, valid: true, errors: [] });
  expect(results[1].valid).toBe(false);
  expect(results[1].errors).toContainEqual(expect.objectContaining({ pointer: "/value", code: "invalid-nhs-number" }));
});

test.each([
  ["an unknown schema", ["--schema", "no-such-schema", good], /unknown schema "no-such-schema"/],
  [
    "an unreadable file",
    ["--schema", "lds-01/identifier", join(dir, "missing.json")],
    /cannot read .*missing\.json: ENOENT/,
  ],
  ["malformed JSON", ["--schema", "lds-01/identifier", file("broken.json", "{ nope")], /broken\.json is not JSON/],
])("exit 2 and one line for %s", async (_, args, message) => {
  const { code, out, err } = await run("validate", ...args);
  expect(code).toBe(2);
  expect(out).toEqual([]);
  expect(err).toHaveLength(1);
  expect(err[0]).toMatch(message);
});

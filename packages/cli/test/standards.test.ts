import { expect, test } from "vitest";
import { run } from "./run.ts";

test("the catalogue lists every standard", async () => {
  const { code, out } = await run("standards", "list");
  expect(code).toBe(0);
  expect(out[0]).toBe("LDS standards catalogue");
  expect(out.join("\n")).toMatch(/LDS-00\s+Common API profile/i);
  expect(out.join("\n")).toMatch(/LDS-01\s+Identifiers/);
});

test("the standards check is clean", async () => {
  const { code, out } = await run("standards", "check");
  expect(out.at(-1)).toBe("standards check: clean");
  expect(code).toBe(0);
});

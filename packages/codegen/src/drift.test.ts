import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { loadCatalogue } from "@lds/catalogue";
import { expect, test } from "vitest";
import { generateTypes } from "./generate.ts";

const typesDir = join(import.meta.dirname, "..", "..", "types", "src");

test("the committed @lds/types match the schemas (run `pnpm generate` when this fails)", async () => {
  const generated = await generateTypes(loadCatalogue());
  const committed = readdirSync(typesDir).filter((name) => name.endsWith(".gen.ts"));
  expect(committed.sort()).toEqual([...generated.keys()].sort());
  for (const [name, contents] of generated) {
    expect(readFileSync(join(typesDir, name), "utf8"), `${name} has drifted`).toBe(contents);
  }
});

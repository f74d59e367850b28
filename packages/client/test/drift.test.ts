import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { loadCatalogue } from "@lds/catalogue";
import { expect, test } from "vitest";
import { generateOpenApiTypes } from "../src/generate/openapi-types.ts";

const src = join(import.meta.dirname, "..", "src");

test("the committed generated sources match the standards (run `pnpm --filter @lds/client generate` when this fails)", async () => {
  const generated = await generateOpenApiTypes(loadCatalogue());
  const committed = readdirSync(src, { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".gen.ts"))
    .map((name) => name.replaceAll("\\", "/"));
  expect(committed.sort()).toEqual([...generated.keys()].sort());
  for (const [name, contents] of generated) {
    expect(readFileSync(join(src, name), "utf8"), `${name} has drifted`).toBe(contents);
  }
}, 120_000);

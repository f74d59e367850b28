import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, expect, test } from "vitest";

/**
 * Tests that run a package README's TypeScript examples, each as a module inside the package (so that the package's
 * own name resolves to it). Each example asserts what it shows with node:assert; a failed assertion fails its test.
 */
export function testReadmeExamples(packageDir: string): void {
  const readme = readFileSync(join(packageDir, "README.md"), "utf8");
  const examples = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1] ?? "");
  const dir = join(packageDir, "test", ".readme");
  mkdirSync(dir, { recursive: true });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("the README has examples, and each asserts something", () => {
    expect(examples.length).toBeGreaterThan(0);
    for (const example of examples) expect(example).toMatch(/assert\./);
  });

  test.each(examples.map((code, index) => [index + 1, code] as const))(
    "README example %i runs",
    async (n, code) => {
      const file = join(dir, `example-${n}.ts`);
      writeFileSync(file, code);
      await import(pathToFileURL(file).href);
    },
    120_000,
  );
}

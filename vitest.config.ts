// One vitest project per workspace package, named from its package.json. Every project resolves
// workspace packages to their source through the "@lds/source" export condition.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;
const workspaces = [
  "standards",
  "conformance",
  "docs",
  ...readdirSync(join(root, "packages")).map((name) => `packages/${name}`),
].filter((dir) => existsSync(join(root, dir, "package.json")));

const conditions = ["@lds/source"];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions } },
  test: {
    projects: workspaces.map((dir) => ({
      extends: true,
      test: {
        name: JSON.parse(readFileSync(join(root, dir, "package.json"), "utf8")).name,
        root: join(root, dir),
        include: ["src/**/*.test.ts", "test/**/*.test.ts"],
        testTimeout: 30_000,
      },
    })),
  },
});

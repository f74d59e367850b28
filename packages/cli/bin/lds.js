#!/usr/bin/env node
// The `lds` command. Runs the built package; `npm run setup` at the repository root builds it.
let main;
try {
  ({ main } = await import("../dist/main.js"));
} catch (error) {
  if (error?.code !== "ERR_MODULE_NOT_FOUND") throw error;
  console.error("lds: not built yet; run `npm run setup` at the repository root");
  process.exit(2);
}
process.exitCode = await main(process.argv.slice(2));

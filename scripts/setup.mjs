#!/usr/bin/env node
// Brings a clone to a runnable state with nothing but Node and npm: installs the workspace with the
// pinned pnpm when the lockfile has changed since the last install, then builds what `lds` runs
// (turbo skips what is already built). Run by `npm test` and `npm run conformance`; extra arguments go to turbo
// (`--filter=@lds/cli...` builds only the command and what it needs).
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");
const PNPM = "pnpm@12.4.2";
const [major, minor] = process.versions.node.split(".").map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  console.error(`lds: Node ${process.versions.node} is too old; LDS needs Node 20.19 or newer.`);
  process.exit(2);
}

const env = { ...process.env, TURBO_TELEMETRY_DISABLED: "1", DO_NOT_TRACK: "1", npm_config_yes: "true" };

function run(command, args, what) {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env });
  if (result.status !== 0) {
    console.error(`lds setup: ${what} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status || 1);
  }
}

const lockfile = join(root, "pnpm-lock.yaml");
const stamp = join(root, "node_modules", ".lds-install-stamp");
const digest = createHash("sha256")
  .update(readFileSync(lockfile))
  .update(readFileSync(join(root, "pnpm-workspace.yaml")))
  .digest("hex");
const installed = existsSync(stamp) && readFileSync(stamp, "utf8") === digest;
if (!installed) {
  console.log("lds setup: installing dependencies");
  run("npx", ["-y", PNPM, "install", "--frozen-lockfile"], "pnpm install");
  writeFileSync(stamp, digest);
}

run(
  join(root, "node_modules", ".bin", "turbo"),
  ["run", "build", "--output-logs=errors-only", "--log-prefix=none", ...process.argv.slice(2)],
  "build",
);

import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg, platform, release } from "node:os";
import { join } from "node:path";

/** The machine a benchmark ran on, and how busy it was (1, 5 and 15 minute load averages): figures mean little without it. */
export const machine = () => ({
  loadAverage: loadavg().map((load) => Number(load.toFixed(2))),
  node: process.version,
  os: `${platform()} ${release()}`,
  cpus: cpus().length,
  cpu: cpus()[0]?.model ?? "unknown",
});

/** Writes a benchmark's results to bench/results/<name>-<time>.json (git-ignored) and returns the path. */
export function writeResults(name: string, results: object): string {
  const directory = join(import.meta.dirname, "..", "results");
  mkdirSync(directory, { recursive: true });
  const path = join(directory, `${name}-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
  writeFileSync(path, `${JSON.stringify({ benchmark: name, machine: machine(), ...results }, null, 2)}\n`);
  return path;
}

/** Rows of cells as a plain text table: the first column left-aligned, the rest right-aligned. */
export function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows
    .map((row) =>
      row
        .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)))
        .join("  "),
    )
    .join("\n");
}

/** a / b, or undefined when b is zero (a latency below the tool's 1 ms resolution). */
export const ratio = (a: number, b: number) => (b === 0 ? undefined : a / b);

/** A number for a table cell, or "n/a". */
export const cell = (value: number | undefined, digits: number) =>
  value === undefined ? "n/a" : value.toFixed(digits);

import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { htmlReport } from "../reporters/html.ts";
import { junitReport } from "../reporters/junit.ts";
import { renderReport } from "./render.ts";
import type { ConformanceReport } from "./types.ts";

/** The report files a run can write: report.json is canonical, the others are derived from it. */
export type ReportFormat = "json" | "junit" | "html";

const FILES: Record<ReportFormat, [string, (report: ConformanceReport) => string]> = {
  json: ["report.json", renderReport],
  junit: ["junit.xml", junitReport],
  html: ["report.html", htmlReport],
};

/** Writes the report in each format to `dir` (created when missing) and returns the paths written. */
export function writeReportFiles(dir: string, report: ConformanceReport, formats: readonly ReportFormat[]): string[] {
  mkdirSync(dir, { recursive: true });
  return formats.map((format) => {
    const [name, render] = FILES[format];
    const path = join(dir, name);
    writeFileSync(path, render(report));
    return path;
  });
}

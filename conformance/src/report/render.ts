import type { ConformanceReport } from "./types.ts";

/** report.json's bytes: the signed report as 2-space pretty JSON and a final newline, and nothing else. */
export const renderReport = (report: ConformanceReport): string => `${JSON.stringify(report, null, 2)}\n`;

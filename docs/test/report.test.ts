// An HTML conformance report, from a real run against the embedded reference platform, opened in Chromium.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  type ConformanceReport,
  htmlReport,
  localSigningKey,
  runConformance,
  startEmbeddedPlatform,
  suiteChecks,
} from "@lds/conformance";
import { afterAll, beforeAll, expect, test } from "vitest";
import { describeInChromium } from "./chromium.ts";
import { type StaticServer, serveStatic } from "./static-server.ts";

describeInChromium("an HTML conformance report", (chromium) => {
  let folder: string;
  let report: ConformanceReport;
  let server: StaticServer;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), "lds-docs-report-"));
    const embedded = await startEmbeddedPlatform();
    try {
      report = await runConformance({
        declaration: embedded.declaration,
        embedded: true,
        signingKey: localSigningKey(join(folder, "signing-key.json")),
        // A few checks are enough to render every part of the report; the suite's own tests run them all.
        checks: suiteChecks.filter((check) => check.standard === "LDS-00").slice(0, 3),
        seed: 20250401,
        runs: 3,
      });
    } finally {
      await embedded.close();
    }
    writeFileSync(join(folder, "report.html"), htmlReport(report));
    server = await serveStatic(folder);
  }, 180_000);
  afterAll(async () => {
    await server?.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
  }, 60_000);

  test("it renders its verdict, its summary and a row for every check with its result", async () => {
    const page = await chromium().open(`${server.url}/report.html`);
    expect(await page.locator("h1").textContent()).toContain("LDS conformance report");
    expect(await page.locator(".verdict").textContent()).toContain(`Verdict: ${report.verdict.toUpperCase()}`);
    const summary = page.locator("h2:text-is('Summary') + table");
    expect(await summary.isVisible()).toBe(true);
    expect(await summary.locator("th").allTextContents()).toEqual(Object.keys(report.summary));
    expect(await summary.locator("td").allTextContents()).toEqual(Object.values(report.summary).map(String));
    expect(report.checks.length).toBeGreaterThan(0);
    for (const check of report.checks) {
      const cells = page.locator(`tr[id="${check.id}"] td`);
      expect(await cells.nth(0).isVisible(), check.id).toBe(true);
      expect(await cells.nth(0).textContent()).toBe(check.id);
      expect(await cells.nth(4).textContent()).toBe(check.status);
    }
    await page.close();
  });
});

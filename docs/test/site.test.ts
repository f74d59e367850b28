// The built site (docs/.vitepress/dist, from `npm run build`) opened in Chromium.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { loadCatalogue } from "@lds/catalogue";
import { suiteChecks } from "@lds/conformance";
import { afterAll, beforeAll, expect, test } from "vitest";
import { describeInChromium } from "./chromium.ts";
import { type StaticServer, serveStatic } from "./static-server.ts";

const dist = join(import.meta.dirname, "..", ".vitepress", "dist");
const catalogue = loadCatalogue();

describeInChromium("the built site", (chromium) => {
  let site: StaticServer;

  beforeAll(async () => {
    if (!existsSync(join(dist, "index.html"))) throw new Error(`${dist} is not built: run \`npm run build\` in docs/`);
    site = await serveStatic(dist);
  });
  afterAll(() => site?.close(), 60_000);

  test("the home page says what LDS is, who it is for, and the two commands", async () => {
    const page = await chromium().open(`${site.url}/`);
    expect(await page.locator(".VPHero .name").isVisible()).toBe(true);
    expect(await page.locator(".VPHero .name").textContent()).toContain("LDS");
    const text = await page.locator(".VPContent").textContent();
    for (const expected of ["Local Digital Standards", "Software suppliers", "Contributors", "The certifying body"]) {
      expect(text).toContain(expected);
    }
    expect(await page.locator(".vp-doc pre").allTextContents()).toEqual([
      expect.stringMatching(/npm run conformance[^\n]*\nnpm test/),
    ]);
    await page.close();
  });

  test("every standard's page renders its requirements, as requirements.yaml lists them, with their checks", async () => {
    for (const standard of catalogue.standards) {
      const page = await chromium().open(`${site.url}/standards/${standard.slug}/`);
      const title = (await page.locator("h1").textContent())?.replace(/\u200b/g, "").trim();
      expect(title).toBe(`${standard.id} ${standard.manifest.title}`);
      expect(await page.locator("table.requirements").isVisible(), standard.id).toBe(true);
      const rows = page.locator("table.requirements tbody tr");
      const ids = await rows.locator("td:first-child").allTextContents();
      expect(ids).toEqual(standard.requirements.map((requirement) => requirement.id));
      const verifiedBy = await rows.locator("td:nth-child(4)").allTextContents();
      standard.requirements.forEach((requirement, index) => {
        const checks = suiteChecks.filter((check) => check.requirements.includes(requirement.id));
        const cell = verifiedBy[index]!;
        if (checks.length) for (const check of checks) expect(cell, requirement.id).toContain(check.id);
        else expect(cell, requirement.id).toBe("no check yet");
      });
      await page.close();
    }
  });

  test("every internal link of every page resolves, to a page that is not the 404 page and an anchor that exists", async () => {
    const origin = new URL(site.url).origin;
    const anchors = new Map<string, ReadonlySet<string>>(); // page → the ids on it
    const links = new Map<string, string>(); // target → a page linking to it
    const failed: string[] = [];
    const queue = ["/"];
    const page = await chromium().context.newPage();
    while (queue.length) {
      const path = queue.shift()!;
      if (anchors.has(path)) continue;
      const response = await page.goto(site.url + path, { waitUntil: "domcontentloaded" });
      const notFound = await page.locator(".NotFound").count();
      anchors.set(path, new Set(await page.locator("[id]").evaluateAll((all) => all.map((element) => element.id))));
      if (response?.status() !== 200 || notFound) {
        const from = links.get(origin + path) ?? "?";
        failed.push(`${from} → ${path} (${response?.status()}${notFound ? ", the 404 page" : ""})`);
        continue;
      }
      const hrefs = await page
        .locator("a[href]")
        .evaluateAll((all) => all.map((a) => (a as unknown as { href: string }).href));
      for (const href of hrefs) {
        const url = new URL(href);
        if (url.origin !== origin) continue;
        if (!links.has(href)) links.set(href, path);
        if (!links.has(origin + url.pathname)) links.set(origin + url.pathname, path);
        if ((url.pathname.endsWith("/") || url.pathname.endsWith(".html")) && !anchors.has(url.pathname)) {
          queue.push(url.pathname);
        }
      }
    }
    await page.close();
    expect(anchors.size).toBeGreaterThan(catalogue.standards.length * 2);
    const broken = await Promise.all(
      [...links].map(async ([href, from]) => {
        const url = new URL(href);
        const ids = anchors.get(url.pathname);
        if (!ids) {
          const { status } = await fetch(`${origin}${url.pathname}`, { method: "HEAD" });
          return status === 200 ? [] : [`${from} → ${url.pathname} (${status})`];
        }
        const anchor = decodeURIComponent(url.hash.slice(1));
        return anchor && !ids.has(anchor) ? [`${from} → ${url.pathname}${url.hash} (no such anchor)`] : [];
      }),
    );
    expect([...failed, ...broken.flat()]).toEqual([]);
  }, 300_000);
});

import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

/** Debian's Chromium, or the one `LDS_CHROMIUM` names. */
const chromiumPath = process.env.LDS_CHROMIUM || "/usr/bin/chromium";
const missing = `Chromium not found at ${chromiumPath} (install Debian's chromium, or set LDS_CHROMIUM)`;

/** Headless and offline: without the networking flags Chromium keeps trying to reach the internet. */
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** The browser a block of tests shares: `open` loads a page in a new tab and fails unless it answers 200. */
export interface Chromium {
  readonly context: BrowserContext;
  open(url: string): Promise<Page>;
}

/**
 * A block of browser tests, run in headless Chromium with a fresh profile. Without Chromium they are skipped, with
 * the reason in the block's name, so that `npm test` still runs; with `LDS_REQUIRE_BROWSER=1` (CI) a missing Chromium
 * is a failing test instead.
 */
export function describeInChromium(name: string, body: (chromium: () => Chromium) => void): void {
  if (!existsSync(chromiumPath)) {
    if (process.env.LDS_REQUIRE_BROWSER === "1") {
      test(`${name}: Chromium is installed`, () => expect.fail(`${missing}; LDS_REQUIRE_BROWSER=1 requires it`));
    }
    describe.skip(`${name} (skipped: ${missing})`, () => body(() => expect.fail(missing)));
    return;
  }
  describe(name, () => {
    let profile: string;
    let context: BrowserContext;
    beforeAll(async () => {
      profile = mkdtempSync(join(tmpdir(), "lds-chromium-"));
      context = await chromium.launchPersistentContext(profile, {
        executablePath: chromiumPath,
        headless: true,
        args: ARGS,
      });
    }, 60_000);
    afterAll(async () => {
      await context?.close();
      if (profile) rmSync(profile, { recursive: true, force: true });
    }, 60_000);
    const browser: Chromium = {
      get context() {
        return context;
      },
      async open(url) {
        const page = await context.newPage();
        const response = await page.goto(url);
        expect(response?.status(), `GET ${url}`).toBe(200);
        return page;
      },
    };
    body(() => browser);
  });
}

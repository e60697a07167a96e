// The search page in a real Chromium against the built site on a static server.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "../support/browser.ts";
import { buildFixture } from "../support/build.ts";
import { type StaticServer, serveFolder } from "../support/static-server.ts";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

for (const base of ["/", "/news/"]) {
  describe(`search at ${base}`, () => {
    let server: StaticServer;
    beforeAll(async () => {
      const site = await buildFixture("basic", { base });
      server = await serveFolder(site.output, base);
    }, 60_000);
    afterAll(async () => {
      await server?.close();
    });

    it("finds an article by a word of its body from /search/?q=, and the result link opens it", async () => {
      const page = await browser.newPage();
      await page.goto(`${server.url}search/?q=flatbread`);
      const result = page.locator(".search-result").first();
      await result.waitFor({ timeout: 15_000 });
      expect(await page.locator(".search-result").count()).toBe(1);
      expect(await result.locator("h2").textContent()).toBe(
        "Three killed in a night raid on Marat",
      );
      expect(await result.locator(".search-result__meta").textContent()).toContain("Enab Baladi");
      expect(await result.locator("mark").first().textContent()).toMatch(/^flatbread/);
      expect(await result.locator("time").textContent()).toBe("19 November 2025, 14:30 GMT+3");
      await result.locator("a").click();
      await page.waitForURL(`${server.url}2025/11/raid-in-marat/`);
      expect(await page.locator("h1").textContent()).toBe("Three killed in a night raid on Marat");
      await page.close();
    }, 30_000);

    it("does not find words that are only in the disclaimer or keyword list", async () => {
      const page = await browser.newPage();
      await page.goto(`${server.url}search/?q=verified`);
      await page
        .locator("[data-search-status]")
        .filter({ hasText: /No articles match/ })
        .waitFor({ timeout: 15_000 });
      expect(await page.locator(".search-result").count()).toBe(0);
      await page.close();
    }, 30_000);

    it("submits the header search box to the search page", async () => {
      const page = await browser.newPage();
      await page.goto(`${server.url}2025/10/water-cuts/`);
      await page.fill("#site-search", "pumping");
      await page.press("#site-search", "Enter");
      await page.waitForURL(/\/search\/\?q=pumping$/);
      await page.locator(".search-result").first().waitFor({ timeout: 15_000 });
      expect(await page.locator(".search-result h2").first().textContent()).toBe(
        "Water cuts return to Raqqa",
      );
      await page.close();
    }, 30_000);
  });
}

// Search as a reader uses it, in a real Chromium against the built site on a static server: at
// the root and under a sub-path.
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeCorpus } from "../../src/corpus/generate.ts";
import { launchBrowser } from "../support/browser.ts";
import { buildFixture, temporaryFolder } from "../support/build.ts";
import { type StaticServer, serveFolder } from "../support/static-server.ts";

const WAIT = { timeout: 15_000 };
// A one-pixel PNG stands in for the fixture's remote image: tests never leave the machine.
const PIXEL = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

async function newPage(): Promise<Page> {
  const page = await browser.newPage();
  await page.route("https://images.fixture.example/**", (route) =>
    route.fulfill({ contentType: "image/png", body: PIXEL }),
  );
  return page;
}

function status(page: Page) {
  return page.locator("[data-search-status]");
}

async function headlines(page: Page): Promise<string[]> {
  return page.locator(".search-result__headline").allTextContents();
}

for (const base of ["/", "/news/"]) {
  describe(`search at ${base}`, () => {
    let server: StaticServer;
    /** e.g. http://127.0.0.1:4000/news/ */
    let site: string;
    beforeAll(async () => {
      const built = await buildFixture("search", { base });
      server = await serveFolder(built.output, base);
      site = server.url;
    }, 60_000);
    afterAll(async () => {
      await server?.close();
    });

    it("shows results as the reader types, and writes the words into the address", async () => {
      const page = await newPage();
      await page.goto(`${site}search/`);
      await page.locator("#search-q").pressSequentially("bakery", { delay: 20 });
      await status(page).filter({ hasText: "3 articles match “bakery”." }).waitFor(WAIT);
      expect(new URL(page.url()).pathname).toBe(`${base}search/`);
      expect(new URL(page.url()).searchParams.get("q")).toBe("bakery");
      expect(await status(page).getAttribute("role")).toBe("status");
      const first = page.locator(".search-result").first();
      expect(await first.locator("mark").first().textContent()).toMatch(/^baker/i);
      await page.close();
    }, 30_000);

    it("narrows to one outlet with a filter showing counts, and the back button undoes it", async () => {
      const page = await newPage();
      const requested: string[] = [];
      page.on("request", (request) => requested.push(request.url()));
      await page.goto(`${site}search/?q=bakery`);
      await status(page).filter({ hasText: "3 articles match" }).waitFor(WAIT);
      // The filter index, the largest download, waits until the reader opens the filters.
      expect(requested.filter((url) => url.endsWith(".pf_filter"))).toEqual([]);
      await page.getByText(/^Filter by outlet, keyword/).click();
      const outlet = page.locator('[data-filter="outlet"] label', { hasText: "Enab Baladi" });
      await outlet.waitFor(WAIT);
      expect(await outlet.locator(".search-filter__count").textContent()).toBe("1");
      await outlet.locator("input").check();
      await status(page)
        .filter({ hasText: "1 article matches “bakery” and the filters." })
        .waitFor(WAIT);
      expect(await page.locator(".search-result__meta").allTextContents()).toEqual([
        expect.stringContaining("Enab Baladi"),
      ]);
      expect(new URL(page.url()).searchParams.getAll("outlet")).toEqual(["Enab Baladi"]);
      // The other outlets still count what they would add.
      expect(
        await page
          .locator('[data-filter="outlet"] label', { hasText: "Syria Direct" })
          .locator(".search-filter__count")
          .textContent(),
      ).toBe("1");
      await page.goBack();
      await status(page).filter({ hasText: "3 articles match “bakery”." }).waitFor(WAIT);
      expect(await outlet.locator("input").isChecked()).toBe(false);
      await page.close();
    }, 30_000);

    it("opens a shared address with words, filters and order, and follows a result", async () => {
      const page = await newPage();
      await page.goto(`${site}search/?q=bakery&sort=newest&year=2025&translator=Rania+Aziz`);
      await status(page).filter({ hasText: "2 articles match" }).waitFor(WAIT);
      expect(await page.locator("#search-q").inputValue()).toBe("bakery");
      expect(await page.locator("#search-sort").inputValue()).toBe("newest");
      expect(await page.locator('input[name="year"][value="2025"]').isChecked()).toBe(true);
      // Newest first: 10 November before 3 August.
      expect(await headlines(page)).toEqual([
        "Bread prices rise again in Idlib",
        "Power cuts leave Deir ez-Zor bakeries waiting for diesel",
      ]);
      const second = page.locator(".search-result").nth(1);
      expect(await second.locator("time").textContent()).toBe("3 August 2025, 09:15 GMT+3");
      expect(await second.locator("time").getAttribute("datetime")).toBe("2025-08-03T06:15:00Z");
      await second.locator(".search-result__headline a").click();
      await page.waitForURL(`${site}2025/08/power-cuts/`);
      expect(await page.locator("h1").textContent()).toBe(
        "Power cuts leave Deir ez-Zor bakeries waiting for diesel",
      );
      // Back on the search page, the search is as the reader left it.
      await page.goBack();
      await status(page).filter({ hasText: "2 articles match" }).waitFor(WAIT);
      expect(await page.locator('input[name="translator"][value="Rania Aziz"]').isChecked()).toBe(
        true,
      );
      await page.close();
    }, 30_000);

    it("shows the date, outlet, image and matching sections of a long article, linked", async () => {
      const page = await newPage();
      await page.goto(`${site}search/?q=bakery&outlet=Syria+Direct`);
      const result = page.locator(".search-result").first();
      await result.waitFor(WAIT);
      expect(await result.locator(".search-result__meta").textContent()).toBe(
        "3 August 2025, 09:15 GMT+3 · Syria Direct",
      );
      expect(await result.locator("img").getAttribute("src")).toBe(
        "https://images.fixture.example/bakery-queue.jpg",
      );
      const sections = result.locator(".search-result__sections a");
      expect(await sections.allTextContents()).toEqual([
        "Bakeries on rotation",
        "Farmers count the losses",
      ]);
      await sections.nth(1).click();
      await page.waitForURL(`${site}2025/08/power-cuts/#farmers-count-the-losses`);
      await page.close();
    }, 30_000);

    it("says clearly when nothing matches, and finds nothing in disclaimers or keyword lists", async () => {
      const page = await newPage();
      await page.goto(`${site}search/?q=verified`);
      await status(page).filter({ hasText: "No articles match “verified”." }).waitFor(WAIT);
      expect(await page.locator(".search-result").count()).toBe(0);
      expect(await page.locator("[data-search-empty]").isVisible()).toBe(true);
      await page.close();
    }, 30_000);

    it("searches right to left in Arabic and finds the original headline", async () => {
      const page = await newPage();
      await page.goto(`${site}search/`);
      await page.locator("#search-q").fill("مداهمة");
      await page.locator("#search-q").press("Enter");
      await status(page).filter({ hasText: "1 article matches" }).waitFor(WAIT);
      expect(
        await page.locator("#search-q").evaluate((input) => getComputedStyle(input).direction),
      ).toBe("rtl");
      expect(await status(page).locator("bdi").textContent()).toBe("مداهمة");
      const original = page.locator(".search-result__original");
      expect(await original.textContent()).toBe("مداهمة ليلية في مارع");
      expect(await original.evaluate((node) => getComputedStyle(node).direction)).toBe("rtl");
      await page.close();
    }, 30_000);

    it("asks nothing of the search engine on an article page, even when the reader types", async () => {
      const page = await newPage();
      const requested: string[] = [];
      page.on("request", (request) => requested.push(new URL(request.url()).pathname));
      await page.goto(`${site}2025/10/water-cuts/`);
      await page.locator("#site-search").fill("river");
      await page.waitForTimeout(300);
      expect(requested.filter((url) => /pagefind|\.js$/.test(url))).toEqual([]);
      expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(0);
      await page.locator("#site-search").press("Enter");
      await page.waitForURL(`${site}search/?q=river`);
      await page.locator(".search-result").first().waitFor(WAIT);
      expect(await headlines(page)).toEqual(["Water cuts return to Raqqa"]);
      expect(requested.some((url) => url.startsWith(`${base}pagefind/`))).toBe(true);
      expect(requested.every((url) => url.startsWith(base))).toBe(true);
      await page.close();
    }, 30_000);
  });
}

describe("a long list of results", () => {
  let server: StaticServer;
  beforeAll(async () => {
    const content = path.join(temporaryFolder("search-corpus"), "content");
    writeCorpus(content, { articles: 14, seed: "more results" });
    const built = await buildFixture("corpus", { contentDir: content });
    server = await serveFolder(built.output);
  }, 60_000);
  afterAll(async () => {
    await server?.close();
  });

  it("shows ten results, then more on demand with the focus on the first new one", async () => {
    const page = await newPage();
    await page.goto(`${server.url}search/?q=said`);
    await status(page).filter({ hasText: "14 articles match" }).waitFor(WAIT);
    await page.locator(".search-result").nth(9).waitFor(WAIT);
    expect(await page.locator(".search-result").count()).toBe(10);
    const more = page.locator("[data-search-more]");
    expect(await more.textContent()).toBe("Show 4 more results");
    await more.focus();
    await page.keyboard.press("Enter");
    await page.locator(".search-result").nth(13).waitFor(WAIT);
    expect(await more.isHidden()).toBe(true);
    expect(
      await page.evaluate(() => document.activeElement?.closest(".search-result") !== null),
    ).toBe(true);
    expect(
      await page
        .locator(".search-result")
        .nth(10)
        .locator("a")
        .first()
        .evaluate((link) => link === document.activeElement),
    ).toBe(true);
    await page.close();
  }, 30_000);
});

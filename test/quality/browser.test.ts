// Quality gates on the sample site (content/) in a real Chromium, served by nginx under a
// sub-path as docs/hosting.md configures it: no broken link or asset under /news/; on one page of
// each kind, no WCAG 2.1 A/AA or best-practice violation (axe-core) in light and dark, on a desktop
// and a phone, and no sideways scrolling at 320 px; a skip link, visible focus, reduced motion
// respected; an article page that loads no script, font or other site's file until the reader
// searches; an article that prints cleanly with its attribution and address.
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations } from "../support/axe.ts";
import { launchBrowser } from "../support/browser.ts";
import { type BuiltFixture, buildFixture, PROJECT_ROOT } from "../support/build.ts";
import { crawlSite, unreachedPages } from "../support/crawl.ts";
import { htmlErrors } from "../support/html-validity.ts";
import { serveWithNginx } from "../support/nginx.ts";
import { type PageKind, pageKinds } from "../support/page-kinds.ts";
import type { StaticServer } from "../support/static-server.ts";

const BASE = "/news/";
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };
const NARROWEST = { width: 320, height: 640 };

let site: BuiltFixture;
let server: StaticServer;
let browser: Browser;
let kinds: PageKind[];
beforeAll(async () => {
  site = await buildFixture("sample", {
    contentDir: path.join(PROJECT_ROOT, "content"),
    base: BASE,
  });
  kinds = pageKinds(site.result.content);
  server = await serveWithNginx(site.output, BASE);
  browser = await launchBrowser();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const kind = (name: string): PageKind => {
  const found = kinds.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no page of kind ${name}`);
  return found;
};

/** Opens a page of a kind and waits until it is ready; checks the status it was served with. */
async function open(page: Page, pageKind: PageKind): Promise<void> {
  const response = await page.goto(`${server.url}${pageKind.path}`);
  expect(response?.status(), pageKind.path).toBe(pageKind.status);
  if (pageKind.ready) await page.locator(pageKind.ready).first().waitFor({ timeout: 15_000 });
}

describe("the sample site under a sub-path", () => {
  it("has no broken link or asset, no link leaves the sub-path, and every page is linked", async () => {
    const crawl = await crawlSite(server.url);
    expect(crawl.broken).toEqual([]);
    expect(crawl.outsideBase).toEqual([]);
    expect(unreachedPages(crawl, site.output, server.url)).toEqual([]);
  }, 60_000);
});

describe("accessibility of every kind of page", () => {
  it("covers the kinds readers meet", () => {
    expect(kinds.map((each) => each.name)).toEqual(
      expect.arrayContaining([
        "front",
        "article",
        "article-with-picture",
        "standalone-page",
        "keyword",
        "outlet",
        "translator",
        "section",
        "month",
        "year",
        "archive",
        "search-results",
        "not-found",
      ]),
    );
  });

  it("has no axe violation in light and dark, on a desktop and a phone", async () => {
    const context = await browser.newContext({ viewport: DESKTOP });
    const page = await context.newPage();
    const violations: string[] = [];
    for (const pageKind of kinds) {
      await open(page, pageKind);
      for (const colorScheme of ["light", "dark"] as const) {
        await page.emulateMedia({ colorScheme });
        for (const [device, viewport] of [
          ["desktop", DESKTOP],
          ["phone", PHONE],
        ] as const) {
          await page.setViewportSize(viewport);
          for (const violation of await axeViolations(page)) {
            violations.push(`${pageKind.name} (${colorScheme}, ${device}): ${violation}`);
          }
        }
      }
    }
    await context.close();
    expect(violations).toEqual([]);
  }, 300_000);

  it("never scrolls sideways, down to 320 px wide", async () => {
    const context = await browser.newContext({ viewport: NARROWEST, isMobile: true });
    const page = await context.newPage();
    const wide: string[] = [];
    for (const pageKind of kinds) {
      await open(page, pageKind);
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      }));
      if (scrollWidth > clientWidth) wide.push(`${pageKind.name}: ${scrollWidth} px`);
    }
    await context.close();
    expect(wide).toEqual([]);
  }, 120_000);

  it("offers a visible skip link first, which takes the keyboard past the masthead", async () => {
    const page = await browser.newPage({ viewport: DESKTOP });
    await open(page, kind("article"));
    await page.keyboard.press("Tab");
    const skip = page.locator(":focus");
    expect(await skip.textContent()).toBe("Skip to content");
    const box = await skip.boundingBox();
    expect(box && box.y >= 0 && box.height > 10).toBe(true);
    await page.keyboard.press("Enter");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.closest("main") !== null)).toBe(true);
    await page.close();
  });

  for (const colorScheme of ["light", "dark"] as const) {
    it(`shows where the keyboard is on every control, in ${colorScheme}`, async () => {
      const page = await browser.newPage({ viewport: DESKTOP, colorScheme });
      const faint: string[] = [];
      for (const name of ["article", "front", "search-results"]) {
        await open(page, kind(name));
        for (let step = 0; step < 80; step++) {
          await page.keyboard.press("Tab");
          const focus = await page.evaluate(focusIndicator);
          if (!focus) break;
          if (focus.contrast < 3 || focus.width < 2) {
            faint.push(`${name}: ${focus.element}: ${focus.width}px, contrast ${focus.contrast}`);
          }
        }
      }
      await page.close();
      expect(faint).toEqual([]);
    }, 60_000);
  }

  it("respects a reader's wish for reduced motion", async () => {
    const motion = async (reducedMotion: "reduce" | "no-preference") => {
      const page = await browser.newPage({ viewport: DESKTOP, reducedMotion });
      await open(page, kind("article"));
      const result = await page.evaluate(() => ({
        scroll: getComputedStyle(document.documentElement).scrollBehavior,
        moving: [...document.querySelectorAll("*")]
          .filter((element) => {
            const style = getComputedStyle(element);
            const seconds = (list: string) =>
              Math.max(...list.split(",").map((value) => Number.parseFloat(value)));
            return (
              (style.animationName !== "none" && seconds(style.animationDuration) > 0) ||
              seconds(style.transitionDuration) > 0
            );
          })
          .map((element) => element.className),
      }));
      await page.close();
      return result;
    };
    expect(await motion("reduce")).toEqual({ scroll: "auto", moving: [] });
    expect((await motion("no-preference")).scroll).toBe("smooth");
  });
});

/** The focused element's outline: its width, and its contrast with what is behind it. */
function focusIndicator(): { element: string; width: number; contrast: number } | null {
  const element = document.activeElement;
  if (!element || element === document.body) return null;
  const rgb = (color: string) => (color.match(/[\d.]+/g) ?? []).map(Number);
  const luminance = ([r = 0, g = 0, b = 0]: number[]) => {
    const channel = (value: number) => {
      const c = value / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  };
  let behind: Element | null = element.parentElement;
  while (behind && rgb(getComputedStyle(behind).backgroundColor)[3] === 0) {
    behind = behind.parentElement;
  }
  const background = rgb(getComputedStyle(behind ?? document.documentElement).backgroundColor);
  const style = getComputedStyle(element);
  const outline = style.outlineStyle === "none" ? 0 : Number.parseFloat(style.outlineWidth);
  const [lighter, darker] = [luminance(rgb(style.outlineColor)), luminance(background)].sort(
    (a, b) => b - a,
  ) as [number, number];
  const label = `${element.tagName.toLowerCase()}${element.className ? `.${element.className}` : ""} "${(element.textContent ?? "").trim().slice(0, 30)}"`;
  return {
    element: label,
    width: outline,
    contrast: Math.round(((lighter + 0.05) / (darker + 0.05)) * 100) / 100,
  };
}

describe("an article page's requests", () => {
  it("are the page, its stylesheet and its pictures from the site until the reader searches", async () => {
    const context = await browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    const requests: string[] = [];
    page.on("request", (request) => requests.push(`${request.resourceType()} ${request.url()}`));
    for (const name of ["article", "article-with-picture"]) {
      await open(page, kind(name));
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.waitForLoadState("networkidle");
    }
    const origin = new URL(server.url).origin;
    const unexpected = requests.filter(
      (line) => !/^(document|stylesheet|image) /.test(line) || !line.includes(` ${origin}/`),
    );
    expect(unexpected).toEqual([]);
    expect(requests.some((line) => line.startsWith("image "))).toBe(true);

    // The search box is a form: searching opens the search page, which runs its script.
    requests.length = 0;
    await page.locator("#site-search").fill("water");
    await page.locator("#site-search").press("Enter");
    await page.locator(".search-result").first().waitFor({ timeout: 15_000 });
    expect(requests.some((line) => line.startsWith("script "))).toBe(true);
    await context.close();
  }, 60_000);
});

describe("search results as the script writes them", () => {
  it("are valid HTML", async () => {
    const page = await browser.newPage({ viewport: DESKTOP });
    await open(page, kind("search-results"));
    await page.locator("[data-search-filters] summary").click();
    await page.locator("[data-filter]:not([hidden])").first().waitFor({ timeout: 15_000 });
    const html = await page.evaluate(
      () => `<!doctype html>\n${document.documentElement.outerHTML}`,
    );
    await page.close();
    expect(await htmlErrors(html, "search-results.html", "dom")).toEqual([]);
  }, 30_000);
});

describe("a printed article", () => {
  it("keeps the story, its attribution and its address, and drops the site's navigation", async () => {
    const page = await browser.newPage({ viewport: DESKTOP });
    await open(page, kind("article"));
    await page.emulateMedia({ media: "print", colorScheme: "dark" });
    const shown = (selector: string) =>
      page
        .locator(selector)
        .evaluateAll((elements) =>
          elements.map((element) => (element as HTMLElement).offsetParent !== null),
        );
    for (const hidden of [".skip-link", ".site-nav", ".search-box", ".site-footer", ".related"]) {
      expect(await shown(hidden), hidden).not.toContain(true);
    }
    for (const kept of [".story__headline", ".story__body", ".attribution", ".disclaimer"]) {
      expect(await shown(kept), kept).toEqual([true]);
    }
    const address = new URL(kind("article").path, new URL(BASE, site.result.content.settings.url));
    expect(await shown(".story__address")).toEqual([true]);
    expect(await page.locator(".story__address").textContent()).toContain(address.href);
    // Black on white, whatever the screen's colour scheme.
    const colors = await page.evaluate(() => ({
      text: getComputedStyle(document.body).color,
      paper: getComputedStyle(document.body).backgroundColor,
    }));
    expect(colors).toEqual({ text: "rgb(0, 0, 0)", paper: "rgb(255, 255, 255)" });
    await page.close();
  });
});

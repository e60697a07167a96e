// A site written as an attack (test/fixtures/sites/hostile): every front-matter field and setting
// holds markup meant to break out of its place, and one body holds a corpus of injection attempts.
// The site is built once; every output file is checked, whatever kinds of output the site has
// (HTML now; feeds, sitemaps, JSON-LD as they come), then every page is opened in Chromium.
import fs from "node:fs";
import path from "node:path";
import { parseHTML } from "linkedom";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Article } from "../../src/article/article.ts";
import { type Content, loadContent } from "../../src/content/load.ts";
import { isSafeLink } from "../../src/security/links.ts";
import { contentSecurityPolicy, EMBED_HOSTS } from "../../src/security/policy.ts";
import { launchBrowser } from "../support/browser.ts";
import { type BuiltFixture, buildFixture, FIXTURES, filesOf, textOf } from "../support/build.ts";
import { serveWithNginx } from "../support/nginx.ts";
import type { StaticServer } from "../support/static-server.ts";

let browser: Browser;
let site: BuiltFixture;
let content: Content;
let files: string[];
let pageUrls: string[];
beforeAll(async () => {
  site = await buildFixture("hostile");
  content = loadContent(path.join(FIXTURES, "hostile"));
  files = filesOf(site.output);
  pageUrls = files
    .filter((file) => file.endsWith(".html"))
    .map((file) => `/${file.replace(/(^|\/)index\.html$/, "$1")}`);
  browser = await launchBrowser();
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

const articleNamed = (slug: string): Article => {
  const found = content.articles.find((article) => article.slug === slug);
  if (!found) throw new Error(`no article ${slug} in the hostile fixture`);
  return found;
};

// Attributes whose value the browser treats as an address to load or navigate to.
const URL_ATTRIBUTES = ["href", "src", "action", "formaction", "xlink:href", "data", "poster"];
const EXECUTABLE_SCRIPT_TYPES = ["", "module", "text/javascript", "application/javascript"];
const FORBIDDEN_ELEMENTS =
  "object, embed, applet, base, frame, frameset, style, svg, math, template, meta[http-equiv]:not([http-equiv='Content-Security-Policy'])";

describe("every value from front matter and settings is text where it is printed", () => {
  it("shows the hostile values of an article literally, in text and in attributes", () => {
    const article = articleNamed("front-matter-attack");
    const page = site.page(article.url);
    const siteName = content.settings.name;
    expect(textOf(page.querySelector("h1"))).toBe(article.title);
    expect(page.querySelector("title")?.textContent).toBe(`${article.title} – ${siteName}`);
    expect(page.querySelector('meta[name="description"]')?.getAttribute("content")).toBe(
      article.summary,
    );
    expect(textOf(page.querySelector(".story__dek"))).toBe(article.summary);
    const attribution = page.querySelector(".attribution");
    // The original article, linked from its headline; the outlet, linked to its page here.
    expect(attribution?.querySelector("a[hreflang]")?.getAttribute("href")).toBe(
      article.source.url,
    );
    expect(textOf(attribution?.querySelector('a[href^="/outlets/"]'))).toBe(article.source.name);
    expect(textOf(attribution?.querySelector("cite"))).toBe(article.source.title);
    expect(textOf(attribution)).toContain(article.source.authors[0]);
    expect(textOf(attribution)).toContain(article.translators[0]?.name);
    expect(textOf(page.querySelector(".disclaimer"))).toBe(article.disclaimer);
    expect([...page.querySelectorAll(".keywords a")].map(textOf)).toEqual(
      article.keywords.map((keyword) => keyword.name),
    );
    expect(textOf(page.querySelector(".masthead__name"))).toBe(siteName);
    const navigation = [...page.querySelectorAll(".site-nav a")];
    expect(navigation.map(textOf)).toEqual(content.settings.navigation.map((link) => link.title));
    expect(navigation.map((link) => link.getAttribute("href"))).toEqual(
      content.settings.navigation.map((link) => link.url),
    );
  });

  it("shows a hostile keyword literally in its page's title, heading and description", () => {
    const keyword = articleNamed("front-matter-attack").keywords[0];
    if (!keyword) throw new Error("the hostile article has keywords");
    const page = site.page(`/keywords/${keyword.slug}/`);
    expect(page.querySelector("title")?.textContent).toBe(
      `${keyword.name} – ${content.settings.name}`,
    );
    expect(textOf(page.querySelector("h1"))).toBe(keyword.name);
    expect(page.querySelector('meta[name="description"]')?.getAttribute("content")).toBe(
      `Translated articles about ${keyword.name}.`,
    );
  });

  it("escapes nothing twice: no page shows &lt; or &amp; to readers", () => {
    expect(pageUrls.length).toBeGreaterThan(8);
    for (const url of pageUrls) {
      const { document } = parseHTML(fs.readFileSync(fileOf(url), "utf8"));
      const texts = [document.title, document.body.textContent ?? ""];
      for (const element of document.querySelectorAll("*"))
        for (const attribute of element.attributes) texts.push(attribute.value);
      for (const text of texts)
        expect(text, url).not.toMatch(/&(lt|gt|quot|amp|#\d+|#x[0-9a-f]+);/i);
    }
  });
});

describe("no page holds anything that could run", () => {
  it("has no handler, unsafe address, foreign element, unknown frame or unlisted script", () => {
    for (const url of pageUrls) {
      const { document } = parseHTML(fs.readFileSync(fileOf(url), "utf8"));
      expect(
        [...document.querySelectorAll(FORBIDDEN_ELEMENTS)].map((e) => e.localName),
        url,
      ).toEqual([]);
      for (const element of document.querySelectorAll("*")) {
        for (const attribute of element.attributes) {
          expect(attribute.name, `${url} <${element.localName}>`).not.toMatch(/^on/i);
          if (URL_ATTRIBUTES.includes(attribute.name))
            expect(isSafeLink(attribute.value), `${url} ${attribute.name}=${attribute.value}`).toBe(
              true,
            );
        }
      }
      for (const frame of document.querySelectorAll("iframe")) {
        expect(EMBED_HOSTS).toContain(new URL(frame.getAttribute("src") ?? "").hostname);
        expect(frame.getAttribute("sandbox")).toBe(
          "allow-scripts allow-same-origin allow-presentation allow-popups",
        );
      }
      for (const form of document.querySelectorAll("form"))
        expect(form.getAttribute("action"), url).toBe("/search/");
      for (const script of document.querySelectorAll("script")) {
        const type = (script.getAttribute("type") ?? "").toLowerCase();
        if (script.hasAttribute("src")) {
          expect(script.getAttribute("src"), url).toMatch(/^\/(assets|pagefind)\//);
        } else if (!EXECUTABLE_SCRIPT_TYPES.includes(type)) {
          // A data block (JSON-LD): valid JSON that cannot close its <script> element.
          const json = script.textContent ?? "";
          expect(() => JSON.parse(json), url).not.toThrow();
          expect(json, url).not.toContain("<");
        }
      }
    }
  });

  it("carries the policy in every page, allowing each inline script by its hash only", () => {
    for (const url of pageUrls) {
      const { document } = parseHTML(fs.readFileSync(fileOf(url), "utf8"));
      const inline = [...document.querySelectorAll("script:not([src])")]
        .filter((script) =>
          EXECUTABLE_SCRIPT_TYPES.includes((script.getAttribute("type") ?? "").toLowerCase()),
        )
        .map((script) => script.textContent ?? "");
      const meta = document.querySelector('meta[http-equiv="Content-Security-Policy"]');
      expect(meta?.getAttribute("content"), url).toBe(contentSecurityPolicy(inline));
      // Before anything the policy governs.
      const governed = "link, script, img, iframe, style, meta[http-equiv]";
      expect(document.querySelector(governed), url).toBe(meta);
    }
  });

  it("writes feeds, sitemaps and other data files that parse, with values as text", async () => {
    const data = files.filter(
      (file) => /\.(xml|rss|atom|json|xsl)$/.test(file) && !file.startsWith("pagefind/"),
    );
    const page = await browser.newPage();
    for (const file of data) {
      const text = fs.readFileSync(path.join(site.output, file), "utf8");
      if (file.endsWith(".json")) {
        expect(() => JSON.parse(text), file).not.toThrow();
        continue;
      }
      const parsed = await page.evaluate((xml) => {
        const doc = new DOMParser().parseFromString(xml, "application/xml");
        return {
          error: doc.querySelector("parsererror")?.textContent ?? null,
          scripts: doc.getElementsByTagNameNS("*", "script").length,
          handlers: [...doc.querySelectorAll("*")].flatMap((e) =>
            [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => a.name),
          ),
        };
      }, text);
      expect(parsed, file).toEqual({ error: null, scripts: 0, handlers: [] });
    }
    await page.close();
  });
});

describe("in Chromium", () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveWithNginx(site.output);
  }, 30_000);
  afterAll(async () => {
    await server?.close();
  });

  /** A context that loads only the test server, recording every dialog a script opens. */
  async function openContext(options: { bypassCSP: boolean }) {
    const context = await browser.newContext(options);
    const dialogs: string[] = [];
    context.on("dialog", async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    const origin = new URL(server.url).origin;
    await context.route("**/*", (route) =>
      route.request().url().startsWith(origin) ? route.continue() : route.abort(),
    );
    return { context, dialogs };
  }

  /** What a real browser's parse of the page holds that could run. */
  function liveDangers(page: Page): Promise<string[]> {
    return page.evaluate(
      ({ urlAttributes, ownScripts }) => {
        const found: string[] = [];
        for (const element of document.querySelectorAll("*")) {
          for (const attribute of element.attributes) {
            if (/^on/i.test(attribute.name)) found.push(`${element.localName}@${attribute.name}`);
            if (
              urlAttributes.includes(attribute.name) &&
              /^\s*(javascript|data|vbscript):/i.test(attribute.value)
            )
              found.push(`${element.localName}@${attribute.name}=${attribute.value}`);
          }
        }
        for (const script of document.querySelectorAll("script")) {
          // Data blocks (JSON-LD) never run; any other script must be the site's own file.
          if (script.type === "application/ld+json") continue;
          if (!ownScripts.test(script.getAttribute("src") ?? "")) found.push("script");
        }
        return found;
      },
      { urlAttributes: URL_ATTRIBUTES, ownScripts: /\/(assets|pagefind)\// },
    );
  }

  it("runs no script on any page, even with the policy switched off", async () => {
    const { context, dialogs } = await openContext({ bypassCSP: true });
    const page = await context.newPage();
    for (const url of pageUrls) {
      await page.goto(new URL(url.slice(1), server.url).href, { waitUntil: "load" });
      // Handlers such as onerror and ontoggle fire after load.
      await page.waitForTimeout(50);
      expect(await liveDangers(page), url).toEqual([]);
    }
    expect(dialogs).toEqual([]);
    await context.close();
  }, 60_000);

  it("shows hostile titles and excerpts in search results as text", async () => {
    const { context, dialogs } = await openContext({ bypassCSP: true });
    const page = await context.newPage();
    const article = articleNamed("front-matter-attack");
    for (const [query, url] of [
      ["zanzibarite", article.url],
      // Only in a code block that shows markup as text: Pagefind's excerpt must keep it text.
      ["xylograph", articleNamed("body-attack").url],
    ] as const) {
      await page.goto(`${server.url}search/?q=${query}`);
      const link = page.locator(`main a[href$="${url}"]`).first();
      await link.waitFor({ timeout: 15_000 });
      await page.waitForTimeout(100);
      expect(await liveDangers(page), query).toEqual([]);
    }
    await page.goto(`${server.url}search/?q=zanzibarite`);
    await page.locator(`main a[href$="${article.url}"]`).first().waitFor({ timeout: 15_000 });
    expect(await page.locator("main").textContent()).toContain(article.title);
    expect(dialogs).toEqual([]);
    await context.close();
  }, 60_000);

  it("reports no policy violation on any page, search included", async () => {
    const { context, dialogs } = await openContext({ bypassCSP: false });
    await context.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { violations: string[] }).violations = seen;
      document.addEventListener("securitypolicyviolation", (event) =>
        seen.push(`${event.violatedDirective} ${event.blockedURI}`),
      );
    });
    const console: string[] = [];
    const page = await context.newPage();
    page.on("console", (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) console.push(message.text());
    });
    const violations = () =>
      page.evaluate(() => (window as unknown as { violations: string[] }).violations);
    for (const url of pageUrls) {
      await page.goto(new URL(url.slice(1), server.url).href, { waitUntil: "load" });
      await page.waitForTimeout(50);
      expect(await violations(), url).toEqual([]);
    }
    await page.goto(`${server.url}search/?q=zanzibarite`);
    await page
      .locator(`main a[href$="${articleNamed("front-matter-attack").url}"]`)
      .first()
      .waitFor({ timeout: 15_000 });
    expect(await violations()).toEqual([]);
    expect(console).toEqual([]);
    expect(dialogs).toEqual([]);
    await context.close();
  }, 60_000);
});

function fileOf(url: string): string {
  return path.join(site.output, url.endsWith("/") ? `${url}index.html` : url);
}

// The built site on real static servers: nginx and Apache, configured as docs/hosting.md tells
// hosts, at the root of a domain and under a sub-path. Every link and asset is crawled, every file is
// fetched, missing pages get the 404 page; in Chromium, search works under the security policy.
// The fixture is the Unicode one: Arabic and Kurdish keywords and outlets, an Arabic file name.
import { parseHTML } from "linkedom";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contentSecurityPolicyHeader } from "../src/security/policy.ts";
import { serveWithApache } from "./support/apache.ts";
import { launchBrowser } from "./support/browser.ts";
import { type BuiltFixture, buildFixture, filesOf, textOf } from "./support/build.ts";
import { serveWithCaddy } from "./support/caddy.ts";
import { crawlSite, unreachedPages } from "./support/crawl.ts";
import { serveWithNginx } from "./support/nginx.ts";
import type { StaticServer } from "./support/static-server.ts";

/** The type each kind of file must be served with. A new kind of output needs a line here. */
const TYPES: [RegExp, RegExp][] = [
  [/\.html$/, /^text\/html; charset=utf-8$/],
  [/\.css$/, /^text\/css; charset=utf-8$/],
  [/\.m?js$/, /^(application|text)\/javascript; charset=utf-8$/],
  // JSON is UTF-8 by definition (RFC 8259): the parameter is optional.
  [/\.json$/, /^application\/json(; charset=utf-8)?$/],
  [/\.(xml|xsl)$/, /^(application|text)\/xml; charset=utf-8$/],
  [/\.rss$/, /^application\/rss\+xml; charset=utf-8$/],
  [/\.atom$/, /^application\/atom\+xml; charset=utf-8$/],
  [/\.txt$/, /^text\/plain; charset=utf-8$/],
  [/\.(pagefind|pf_meta|pf_index|pf_fragment|pf_filter)$/, /^application\/octet-stream$/],
  [/\.svg$/, /^image\/svg\+xml/],
  [/\.(png|gif|webp|avif)$/, /^image\/(png|gif|webp|avif)$/],
  [/\.jpe?g$/, /^image\/jpeg$/],
  [/\.ico$/, /^image\/(x-icon|vnd\.microsoft\.icon)$/],
  [/\.woff2$/, /^font\/woff2$/],
  [/\.wasm$/, /^application\/wasm$/],
];

function expectedType(file: string): RegExp {
  const found = TYPES.find(([extension]) => extension.test(file));
  if (!found) throw new Error(`no expected content type for ${file}: add one to TYPES`);
  return found[1];
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

/** Each server with the paths docs/hosting.md has samples for. */
const SERVERS = [
  ["nginx", serveWithNginx, ["/", "/news/"]],
  ["Apache", serveWithApache, ["/", "/news/"]],
  ["Caddy", serveWithCaddy, ["/", "/news/"]],
] as const;

for (const [serverName, serve, bases] of SERVERS)
  for (const base of bases) {
    describe(`${serverName} serving the site at ${base}`, () => {
      let site: BuiltFixture;
      let server: StaticServer;
      let origin: string;
      beforeAll(async () => {
        site = await buildFixture("unicode", { base });
        server = await serve(site.output, base);
        origin = new URL(server.url).origin;
      }, 60_000);
      afterAll(async () => {
        await server?.close();
      });

      const get = (url: string) => fetch(new URL(url, server.url), { redirect: "manual" });

      it("answers every link and asset of every page with 200 and its type, and reaches every page", async () => {
        const crawl = await crawlSite(server.url, (url, response) => {
          const path = new URL(url).pathname;
          const type = response.headers.get("content-type") ?? "";
          expect(type, url).toMatch(expectedType(path.endsWith("/") ? `${path}index.html` : path));
          if (!type.startsWith("text/html")) return;
          expect(response.headers.get("content-security-policy"), url).toBe(
            contentSecurityPolicyHeader(),
          );
          expect(response.headers.get("x-content-type-options"), url).toBe("nosniff");
        });
        expect(crawl.broken).toEqual([]);
        expect(crawl.outsideBase).toEqual([]);
        expect(crawl.fetched.size).toBeGreaterThan(10);
        for (const protocol of crawl.external)
          expect(["https:", "http:", "mailto:"]).toContain(protocol);
        // Every page but the 404 page is linked from somewhere.
        expect(unreachedPages(crawl, site.output, server.url)).toEqual([]);
      }, 60_000);

      it("serves every file of the output with its type, the search index included", async () => {
        const files = filesOf(site.output);
        expect(files).toContain("pagefind/pagefind.js");
        for (const file of files) {
          const response = await get(file);
          expect(response.status, file).toBe(200);
          expect(response.headers.get("content-type") ?? "(none)", file).toMatch(
            expectedType(file),
          );
          await response.arrayBuffer();
        }
        const asset = files.find((file) => file.startsWith("assets/")) ?? "";
        expect((await get(asset)).headers.get("cache-control")).toMatch(/\bmax-age=31536000\b/);
      }, 60_000);

      it("compresses pages, styles, scripts and feeds, and sends Pagefind's index files as they are", async () => {
        const files = filesOf(site.output);
        const first = (pattern: RegExp) => {
          const file = files.find((name) => pattern.test(name));
          if (!file) throw new Error(`no file matches ${pattern}`);
          return file;
        };
        const gzip = { headers: { "accept-encoding": "gzip" } };
        for (const file of [
          "index.html",
          first(/^assets\/.*\.css$/),
          first(/^assets\/.*\.js$/),
          "pagefind/pagefind.js",
          "feed.xml",
        ]) {
          const response = await fetch(new URL(file, server.url), gzip);
          expect(response.headers.get("content-encoding"), file).toBe("gzip");
          expect(response.headers.get("vary"), file).toMatch(/Accept-Encoding/);
          await response.arrayBuffer();
        }
        const fragment = first(/\.pf_fragment$/);
        const response = await fetch(new URL(fragment, server.url), gzip);
        expect(response.headers.get("content-encoding"), fragment).toBeNull();
        await response.arrayBuffer();
      });

      it("answers a missing page with the 404 page and status 404, at any depth", async () => {
        for (const missing of [
          "no-such-page/",
          "2025/11/no-such-article/",
          "keywords/nothing/",
          "x.css",
        ]) {
          const response = await get(missing);
          expect(response.status, missing).toBe(404);
          expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
          const { document } = parseHTML(await response.text());
          expect(textOf(document.querySelector("h1"))).toBe("Page not found");
          const css = document.querySelector('link[rel="stylesheet"]')?.getAttribute("href") ?? "";
          expect((await get(new URL(css, server.url).href)).status).toBe(200);
        }
      });

      it("redirects a folder address without its final slash, keeping host and port", async () => {
        const response = await get(`${server.url}keywords`);
        // Permanent either way: 308 also keeps the method.
        expect([301, 308]).toContain(response.status);
        expect(new URL(response.headers.get("location") ?? "", server.url).href).toBe(
          `${server.url}keywords/`,
        );
        if (base !== "/") {
          const bare = await get(server.url.slice(0, -1));
          expect([301, 308]).toContain(bare.status);
          expect(new URL(bare.headers.get("location") ?? "", server.url).href).toBe(server.url);
        }
      });

      it("gives Arabic and Kurdish keywords working pages, and an Arabic file name a working address", async () => {
        const { document } = parseHTML(await (await get("keywords/")).text());
        const keywords = new Map(
          [...document.querySelectorAll(".keyword-index a")].map((a) => [
            textOf(a),
            a.getAttribute("href") ?? "",
          ]),
        );
        expect([...keywords.keys()]).toEqual(expect.arrayContaining(["حلب", "ڕۆژاوا", "كوباني"]));
        for (const [name, href] of keywords) {
          const page = parseHTML(await (await get(new URL(href, server.url).href)).text()).document;
          expect(textOf(page.querySelector("h1")), href).toBe(name);
        }
        expect((await get("2025/11/hlb-alkhbz/")).status).toBe(200);
      });

      it("keeps what follows a right-to-left name on its side (isolated with bdi and FSI…PDI)", async () => {
        const page = await browser.newPage();
        await page.goto(`${server.url}keywords/`);
        const items = await page.locator(".keyword-index li").evaluateAll((lis) =>
          lis.map((li) => {
            const name = li.querySelector("a")?.getBoundingClientRect();
            const count = li.querySelector(".keyword-index__count")?.getBoundingClientRect();
            return {
              text: li.textContent,
              countAfterName: (count?.left ?? 0) >= (name?.right ?? 0) - 1,
            };
          }),
        );
        expect(items.filter((item) => /\p{Script=Arabic}/u.test(item.text ?? ""))).toHaveLength(3);
        for (const item of items)
          expect(item, item.text ?? "").toMatchObject({ countAfterName: true });
        await page.goto(`${server.url}keywords/hlb/`);
        expect(await page.title()).toBe("\u2068حلب\u2069 – Unicode Review");
        await page.close();
      }, 30_000);

      it("searches under the security policy with no violation", async () => {
        const context = await browser.newContext();
        await context.route("**/*", (route) =>
          route.request().url().startsWith(origin) ? route.continue() : route.abort(),
        );
        await context.addInitScript(() => {
          const seen: string[] = [];
          (window as unknown as { violations: string[] }).violations = seen;
          document.addEventListener("securitypolicyviolation", (event) =>
            seen.push(`${event.violatedDirective} ${event.blockedURI}`),
          );
        });
        const page = await context.newPage();
        const problems: string[] = [];
        page.on("pageerror", (error) => problems.push(error.message));
        page.on("console", (message) => {
          if (message.type() === "error" || /Content Security Policy/i.test(message.text()))
            problems.push(message.text());
        });
        await page.goto(`${server.url}search/?q=samovar`);
        const result = page.locator(`main a[href="${base}2025/11/aleppo-cafes/"]`).first();
        await result.waitFor({ timeout: 15_000 });
        expect(
          await page.evaluate(() => (window as unknown as { violations: string[] }).violations),
        ).toEqual([]);
        expect(problems).toEqual([]);
        await context.close();
      }, 60_000);
    });
  }

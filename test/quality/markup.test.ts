// Quality gates on the sample site (content/) that need no browser: every page is valid HTML,
// every link and asset answers when nginx serves the site at the root of a domain, and every
// article page fits the weight budget. The browser's gates are in browser.test.ts; the same crawl
// under a sub-path is there too.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BuiltFixture, buildFixture, filesOf, PROJECT_ROOT } from "../support/build.ts";
import { crawlSite, unreachedPages } from "../support/crawl.ts";
import { htmlErrors } from "../support/html-validity.ts";
import { serveWithNginx } from "../support/nginx.ts";
import type { StaticServer } from "../support/static-server.ts";
import { ARTICLE_BUDGET, pageWeight } from "../support/weight.ts";

let site: BuiltFixture;
beforeAll(async () => {
  site = await buildFixture("sample", { contentDir: path.join(PROJECT_ROOT, "content") });
}, 120_000);

describe("the sample site's markup", () => {
  it("is valid HTML on every page", async () => {
    const pages = filesOf(site.output).filter((file) => file.endsWith(".html"));
    expect(pages.length).toBeGreaterThan(50);
    const errors: string[] = [];
    for (const file of pages) {
      errors.push(
        ...(await htmlErrors(fs.readFileSync(path.join(site.output, file), "utf8"), file)),
      );
    }
    expect(errors).toEqual([]);
  }, 60_000);

  it("finds invalid HTML when there is some (the validator is not silent)", async () => {
    const page = site.text(site.result.content.articles[0]?.url ?? "/");
    const broken = page.replace("</h1>", "</h2>");
    expect((await htmlErrors(broken, "broken.html")).join("\n")).toContain("close-order");
  });
});

describe("the sample site served by nginx at the root of a domain", () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveWithNginx(site.output, "/");
  }, 30_000);
  afterAll(async () => {
    await server?.close();
  });

  it("has no broken link or asset, and every page is linked from another", async () => {
    const crawl = await crawlSite(server.url);
    expect(crawl.broken).toEqual([]);
    expect(unreachedPages(crawl, site.output, server.url)).toEqual([]);
  }, 60_000);
});

describe("the weight of an article page", () => {
  it("is at most 14 KB of HTML and CSS, gzipped, on every article, with no script file", () => {
    const over: string[] = [];
    for (const article of site.result.content.articles) {
      const weight = pageWeight(site.output, article.url);
      expect(weight.stylesheets, article.url).toHaveLength(1);
      expect(weight.scripts, article.url).toEqual([]);
      if (weight.total > ARTICLE_BUDGET) over.push(`${article.url}: ${weight.total} bytes`);
    }
    expect(over).toEqual([]);
  });
});

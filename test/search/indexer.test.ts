import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { indexArticles, SearchIndexError } from "../../src/search/indexer.ts";
import { temporaryFolder } from "../support/build.ts";

function articlePage(headline: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${headline}</title></head>
<body><nav>Home Search Archive</nav><article><div data-pagefind-body><h1>${headline}</h1><p>${body}</p></div></article></body></html>\n`;
}

/** A built site in miniature: article pages where the build writes them, and a list page. */
function siteWith(articles: Record<string, string>): string {
  const site = temporaryFolder("index");
  for (const [url, body] of Object.entries(articles)) {
    fs.mkdirSync(path.join(site, url), { recursive: true });
    fs.writeFileSync(path.join(site, url, "index.html"), articlePage(url, body));
  }
  fs.mkdirSync(path.join(site, "keywords", "bread"), { recursive: true });
  fs.writeFileSync(
    path.join(site, "keywords", "bread", "index.html"),
    articlePage("Bread", "a list page"),
  );
  return site;
}

describe("the search index of a build", () => {
  it("indexes exactly the article pages, and writes the bundle beside them", async () => {
    const site = siteWith({
      "/2025/11/bread-prices/": "Bakeries in Idlib raised the price of bread.",
      "/2024/02/water-cuts/": "Water cuts in Hasakah entered their third week.",
    });
    const report = await indexArticles(site, 2, "en");
    expect(report).toEqual({ pages: 2, bundle: path.join(site, "pagefind") });
    expect(fs.existsSync(path.join(site, "pagefind", "pagefind.js"))).toBe(true);
    const fragments = fs.readdirSync(path.join(site, "pagefind", "fragment"));
    expect(fragments).toHaveLength(2);
  });

  it("stops when an article's page is missing or there is none", async () => {
    const site = siteWith({ "/2025/11/bread-prices/": "Bakeries raised the price of bread." });
    await expect(indexArticles(site, 2, "en")).rejects.toThrow(
      new SearchIndexError("Pagefind found 1 article pages for 2 articles"),
    );
    await expect(indexArticles(temporaryFolder("empty"), 1, "en")).rejects.toBeInstanceOf(
      SearchIndexError,
    );
    await expect(indexArticles(site, 0, "en")).rejects.toThrow(/no articles to index/);
  });

  it("stops Pagefind when the build stops, and answers once it has ended", async () => {
    const articles: Record<string, string> = {};
    for (let day = 1; day <= 28; day++) {
      articles[`/2025/02/report-${day}/`] = `Report ${day}: ${"bread water power ".repeat(2000)}`;
    }
    const site = siteWith(articles);
    const stop = new AbortController();
    const indexing = indexArticles(site, 28, "en", stop.signal);
    stop.abort();
    await expect(indexing).rejects.toThrow(
      new SearchIndexError("the build stopped before the search index was written"),
    );
    // Nothing writes into the folder any more: a stopped build removes it next.
    const files = () => fs.readdirSync(site, { recursive: true }).sort();
    const after = files();
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(files()).toEqual(after);
    expect(fs.existsSync(path.join(site, "pagefind", "pagefind.js"))).toBe(false);
  });
});

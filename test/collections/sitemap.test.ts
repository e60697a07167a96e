import { describe, expect, it } from "vitest";
import type { Article } from "../../src/article/article.ts";
import { newsLanguage, sitemapsOf } from "../../src/collections/sitemap.ts";
import { parsePublicationDate } from "../../src/dates.ts";
import { siteAddress } from "../../src/site-address.ts";

const settings = { name: "Site", language: "en-GB", timeZone: "UTC" };
const address = siteAddress("https://site.example/", "/news/");
const date = (iso: string) => parsePublicationDate(iso, "UTC");

describe("sitemapsOf", () => {
  it("splits more addresses than a file may hold into numbered files under an index", () => {
    const pages = ["/c/", "/a/", "/b/"].map((url) => ({ url, modified: date("2025-11-19") }));
    const sitemaps = sitemapsOf(pages, [], { address, settings, now: 0, limit: 2 });
    expect(sitemaps.files.map((file) => [file.url, file.entries.map((e) => e.loc)])).toEqual([
      ["/sitemap-1.xml", ["https://site.example/news/a/", "https://site.example/news/b/"]],
      ["/sitemap-2.xml", ["https://site.example/news/c/"]],
    ]);
    expect(sitemaps.index).toEqual([
      {
        url: "/sitemap.xml",
        files: [
          { loc: "https://site.example/news/sitemap-1.xml", lastmod: "2025-11-19T00:00:00Z" },
          { loc: "https://site.example/news/sitemap-2.xml", lastmod: "2025-11-19T00:00:00Z" },
        ],
      },
    ]);
    const single = sitemapsOf(pages, [], { address, settings, now: 0 });
    expect(single.files.map((file) => file.url)).toEqual(["/sitemap.xml"]);
    expect(single.index).toEqual([]);
  });

  it("puts in the news sitemap only articles of the two days up to now", () => {
    const article = (url: string, iso: string) =>
      ({ url, title: url, date: date(iso) }) as unknown as Article;
    const now = Date.parse("2025-11-21T12:00:00Z");
    const sitemaps = sitemapsOf(
      [],
      [
        article("/later/", "2025-11-21T13:00:00Z"),
        article("/today/", "2025-11-21T08:00:00Z"),
        article("/edge/", "2025-11-19T12:00:00Z"),
        article("/old/", "2025-11-19T11:59:00Z"),
      ],
      { address, settings, now },
    );
    expect(sitemaps.news.map((entry) => entry.title)).toEqual(["/today/", "/edge/"]);
    expect(sitemaps.publication).toEqual({ name: "Site", language: "en" });
  });
});

describe("newsLanguage", () => {
  it("gives Google News the bare language code, except for Chinese", () => {
    expect(newsLanguage("en")).toBe("en");
    expect(newsLanguage("ar-SY")).toBe("ar");
    expect(newsLanguage("zh-Hant-TW")).toBe("zh-tw");
    expect(newsLanguage("zh-CN")).toBe("zh-cn");
  });
});

// Builds the basic fixture site and reads the pages a reader would get.
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { type BuiltFixture, buildFixture, textOf } from "./support/build.ts";

let site: BuiltFixture;
beforeAll(async () => {
  site = await buildFixture("basic");
}, 60_000);

describe("an article page", () => {
  const url = "/2025/11/raid-in-marat/";

  it("has one h1 with the headline, the summary, and lang=en", () => {
    const page = site.page(url);
    expect([...page.querySelectorAll("h1")].map(textOf)).toEqual([
      "Three killed in a night raid on Marat",
    ]);
    expect(page.documentElement.getAttribute("lang")).toBe("en");
    expect(textOf(page.querySelector("title"))).toBe(
      "Three killed in a night raid on Marat – Fixture Review",
    );
    expect(page.querySelector('meta[name="description"]')?.getAttribute("content")).toBe(
      "Residents say the raid lasted four hours.",
    );
  });

  it("shows the date in the site's time zone inside <time datetime>", () => {
    const time = site.page(url).querySelector(".byline time");
    expect(time?.getAttribute("datetime")).toBe("2025-11-19T14:30:00+03:00");
    expect(textOf(time)).toBe("19 November 2025, 14:30 GMT+3");
  });

  it("renders the body as Markdown only, with ids on subheadings", () => {
    const body = site.page(url).querySelector(".story__body");
    expect(body?.querySelector("h2")?.getAttribute("id")).toBe("what-residents-saw");
    expect(textOf(body)).toContain("Forces searched {{ houses }} on the eastern edge");
  });

  it("credits the outlet (linked), the original headline in Arabic, its author, date and the translator", () => {
    const attribution = site.page(url).querySelector(".attribution");
    const outlet = attribution?.querySelector('a[href="https://www.enabbaladi.net/123456/"]');
    expect(textOf(outlet)).toBe("Enab Baladi");
    const original = attribution?.querySelector("cite");
    expect(textOf(original)).toBe("مداهمة ليلية في مارع");
    expect(original?.getAttribute("lang")).toBe("ar");
    expect(original?.getAttribute("dir")).toBe("rtl");
    const text = textOf(attribution);
    expect(text).toContain("Original author Hassan Ibrahim");
    expect(text).toContain("Originally published 18 November 2025");
    expect(text).toContain("Translated by Lina Haddad");
  });

  it("shows the site's disclaimer filled in with the site and the outlet", () => {
    expect(textOf(site.page(url).querySelector(".disclaimer"))).toBe(
      "Translated by Fixture Review from Enab Baladi; Fixture Review has not verified the content.",
    );
  });

  it("links every keyword to its page", () => {
    const links = [...site.page(url).querySelectorAll(".keywords a")];
    expect(links.map(textOf)).toEqual([
      "Aleppo",
      "al-Sina’a Prison",
      "Detentions",
      "Security",
      "Returnees",
    ]);
    expect(links.map((link) => link.getAttribute("href"))).toContain("/keywords/al-sinaa-prison/");
    for (const link of links) expect(site.exists(link.getAttribute("href") ?? "")).toBe(true);
  });

  it("uses an article's own disclaimer, and shows none with disclaimer: false", () => {
    expect(textOf(site.page("/2025/10/water-cuts/").querySelector(".disclaimer"))).toBe(
      "This report was translated with the permission of North Press Desk.",
    );
    expect(site.page("/2025/11/bread-prices/").querySelector(".disclaimer")).toBeNull();
  });

  it("lists several translators", () => {
    expect(textOf(site.page("/2025/11/bread-prices/").querySelector(".attribution"))).toContain(
      "Translated by Omar Khalil, Rania Aziz",
    );
  });
});

describe("keyword pages", () => {
  it("merge spellings of one keyword and list its articles newest first, linking back", () => {
    const page = site.page("/keywords/al-sinaa-prison/");
    expect(textOf(page.querySelector("h1"))).toBe("al-Sina’a Prison");
    const links = [...page.querySelectorAll(".teaser__headline a")].map((a) =>
      a.getAttribute("href"),
    );
    expect(links).toEqual(["/2025/11/raid-in-marat/", "/2025/11/bread-prices/"]);
  });

  it("paginate long lists with previous and next links", () => {
    const first = site.page("/keywords/aleppo/");
    expect(first.querySelectorAll(".teaser")).toHaveLength(2);
    expect(first.querySelector('a[rel="next"]')?.getAttribute("href")).toBe(
      "/keywords/aleppo/page/2/",
    );
    const second = site.page("/keywords/aleppo/page/2/");
    expect([...second.querySelectorAll(".teaser__headline a")].map(textOf)).toEqual([
      "A school year begins without enough teachers",
    ]);
    expect(second.querySelector('a[rel="prev"]')?.getAttribute("href")).toBe("/keywords/aleppo/");
  });

  it("have an index with counts", () => {
    const items = [...site.page("/keywords/").querySelectorAll(".keyword-index li")].map(textOf);
    expect(items).toContain("Aleppo 3");
    expect(items).toContain("al-Sina’a Prison 2");
  });
});

describe("the rest of the site", () => {
  it("has a front page of the latest articles, paginated", () => {
    const front = site.page("/");
    expect([...front.querySelectorAll(".teaser__headline a")].map(textOf)).toEqual([
      "Three killed in a night raid on Marat",
      "Bread prices rise again in Idlib",
    ]);
    expect(textOf(front.querySelector(".teaser__meta"))).toContain("Enab Baladi");
    expect(site.exists("/page/2/")).toBe(true);
  });

  it("has a search form on every page, a search page, a 404 page and standalone pages", () => {
    for (const url of ["/", "/keywords/", "/2025/11/raid-in-marat/", "/about/", "/404.html"]) {
      const form = site.page(url).querySelector('form[role="search"]');
      expect(form?.getAttribute("action")).toBe("/search/");
      expect(form?.getAttribute("method")).toBe("get");
      expect(form?.querySelector('input[name="q"]')).not.toBeNull();
    }
    expect(site.page("/search/").querySelector("script[src^='/assets/search.']")).not.toBeNull();
    expect(textOf(site.page("/404.html").querySelector("h1"))).toBe("Page not found");
    expect(textOf(site.page("/about/").querySelector("h1"))).toBe("About the fixture");
  });

  it("loads no script on pages other than search", () => {
    for (const url of ["/", "/2025/11/raid-in-marat/", "/keywords/aleppo/"]) {
      expect(site.page(url).querySelectorAll("script")).toHaveLength(0);
    }
  });

  it("writes a search index of the articles, and the stylesheet the pages link to", () => {
    expect(site.result.pagesIndexed).toBe(4);
    expect(fs.existsSync(path.join(site.output, "pagefind", "pagefind.js"))).toBe(true);
    const css = site.page("/").querySelector('link[rel="stylesheet"]')?.getAttribute("href") ?? "";
    expect(css).toMatch(/^\/assets\/site\.[0-9a-f]+\.css$/);
    expect(site.exists(css)).toBe(true);
  });
});

describe("a build under a sub-path", () => {
  let sub: BuiltFixture;
  beforeAll(async () => {
    sub = await buildFixture("basic", { base: "/news/" });
  }, 60_000);

  it("prefixes every in-site link, asset and form with the base", () => {
    const page = sub.page("/2025/11/raid-in-marat/");
    const urls = [...page.querySelectorAll("a[href], link[href], form[action], script[src]")]
      .map(
        (node) =>
          node.getAttribute("href") ??
          node.getAttribute("action") ??
          node.getAttribute("src") ??
          "",
      )
      .filter((url) => url.startsWith("/"));
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url).toMatch(/^\/news\//);
    expect(page.querySelector('form[role="search"]')?.getAttribute("action")).toBe("/news/search/");
  });

  it("keeps files at the same place in the output folder", () => {
    expect(sub.exists("/2025/11/raid-in-marat/")).toBe(true);
    expect(sub.exists("/pagefind/pagefind.js")).toBe(true);
  });
});

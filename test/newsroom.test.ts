// The newsroom fixture built as production builds it, with "now" fixed at 21 November 2025 noon
// in Damascus: feeds, sitemaps, structured data, social cards, outlet, translator, section and
// archive pages, related stories, updates, corrections, pictures, and no trace of the draft or
// of the article dated 22 November.
import fs from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { type BuiltFixture, buildFixture, textOf } from "./support/build.ts";
import { parseXml, type Xml } from "./support/xml.ts";

const NOW = new Date("2025-11-21T12:00:00+03:00");
const ROOT = "https://newsroom.example/";
const RAID = "/2025/11/raid-in-marat/";
const PUBLISHED = [
  RAID,
  "/2025/11/bread-prices/",
  "/2025/11/market-reopens/",
  "/2025/10/water-cuts/",
  "/2025/09/school-year/",
];

let site: BuiltFixture;
beforeAll(async () => {
  site = await buildFixture("newsroom", { now: NOW });
}, 120_000);

const xml = (url: string): Xml => parseXml(site.text(url));
const hrefs = (document: Document, selector: string) =>
  [...document.querySelectorAll(selector)].map((node) => node.getAttribute("href"));
const meta = (document: Document, property: string) =>
  [...document.querySelectorAll(`meta[property="${property}"], meta[name="${property}"]`)].map(
    (node) => node.getAttribute("content"),
  );
function structuredData(url: string): Xml {
  const scripts = site.page(url).querySelectorAll('script[type="application/ld+json"]');
  expect(scripts).toHaveLength(1);
  return JSON.parse(scripts[0]?.textContent ?? "");
}

describe("the site feed", () => {
  it("is Atom with the published articles newest first, absolute links and tag: ids", () => {
    const feed = xml("/feed.xml").feed;
    expect(feed["@xmlns"]).toBe("http://www.w3.org/2005/Atom");
    expect(feed.id).toBe(`${ROOT}feed.xml`);
    expect(feed.link.map((link: Xml) => [link["@rel"], link["@href"]])).toEqual([
      ["self", `${ROOT}feed.xml`],
      ["alternate", ROOT],
    ]);
    // The newest change among the entries: the update of the raid article.
    expect(feed.updated).toBe("2025-11-20T10:15:00+03:00");
    const entries = feed.entry as Xml[];
    expect(entries.map((entry) => entry.link[0]["@href"])).toEqual(
      PUBLISHED.map((url) => `${ROOT}${url.slice(1)}`),
    );
    expect(new Set(entries.map((entry) => entry.id)).size).toBe(entries.length);
    expect(entries[0].id).toBe("tag:newsroom.example,2025-11-19:/2025/11/raid-in-marat/");
  });

  it("gives each entry its dates with offset, authors, translators, keywords and full text", () => {
    const [raid, bread] = xml("/feed.xml").feed.entry as Xml[];
    expect(raid.published).toBe("2025-11-19T14:30:00+03:00");
    expect(raid.updated).toBe("2025-11-20T10:15:00+03:00");
    expect(raid.author.map((author: Xml) => author.name)).toEqual(["Hassan Ibrahim"]);
    expect(raid.contributor.map((person: Xml) => person.name)).toEqual(["Lina Haddad"]);
    expect(raid.category.map((category: Xml) => category["@label"])).toEqual([
      "Aleppo",
      "Detentions",
      "al-Sina’a Prison",
    ]);
    expect(raid.summary).toBe("Residents say the raid lasted four hours.");
    // No original author named: the outlet is the author. A bare date gets midnight's offset.
    expect(bread.author.map((author: Xml) => author.name)).toEqual(["Zaman al-Wasl"]);
    expect(bread.published).toBe("2025-11-10T00:00:00+03:00");

    const content = raid.content;
    expect(content["@type"]).toBe("html");
    const html = content["#text"] as string;
    expect(html).toContain("Forces searched houses on the eastern edge of town.");
    expect(html).toContain(`href="${ROOT}2025/10/water-cuts/"`);
    expect(html).toContain(`href="${ROOT}2025/11/raid-in-marat/#what-residents-saw"`);
    expect(html).toMatch(
      new RegExp(`<img src="${ROOT}img/[\\w-]+-1200\\.png"[^>]* alt="The main street of Marat`),
    );
    expect(html).not.toMatch(/(href|src)="\//);
  });

  it("is announced on every page", () => {
    for (const url of ["/", RAID, "/keywords/aleppo/", "/about/", "/archive/"]) {
      expect(hrefs(site.page(url), 'link[rel="alternate"][type="application/atom+xml"]')[0]).toBe(
        "/feed.xml",
      );
    }
  });
});

describe("keyword, outlet, translator and section feeds", () => {
  it("list the latest articles of each with summaries, linked from their pages", () => {
    const keyword = xml("/keywords/detentions/feed.xml").feed;
    expect(keyword.title).toBe("Detentions – Newsroom Fixture");
    expect(keyword.link[1]["@href"]).toBe(`${ROOT}keywords/detentions/`);
    expect(keyword.entry.map((entry: Xml) => entry.link[0]["@href"])).toEqual([
      `${ROOT}2025/11/raid-in-marat/`,
      `${ROOT}2025/10/water-cuts/`,
    ]);
    expect(keyword.entry[0].content).toBeUndefined();

    const outlet = xml("/outlets/enab-baladi/feed.xml").feed;
    expect(outlet.subtitle).toBe("Translations from Enab Baladi");
    expect(outlet.entry).toHaveLength(2);
    expect(xml("/translators/omar-khalil/feed.xml").feed.entry).toHaveLength(3);
    expect(xml("/sections/economy/feed.xml").feed.entry).toHaveLength(2);

    const page = site.page("/keywords/detentions/");
    expect(hrefs(page, 'link[rel="alternate"][type="application/atom+xml"]')).toEqual([
      "/feed.xml",
      "/keywords/detentions/feed.xml",
    ]);
  });
});

describe("sitemaps and robots.txt", () => {
  it("/sitemap.xml lists every page readers can reach, absolute, with lastmod", () => {
    const urls = xml("/sitemap.xml").urlset.url as Xml[];
    const locs = urls.map((url) => url.loc as string);
    for (const loc of locs) expect(loc.startsWith(ROOT)).toBe(true);
    for (const expected of [
      "",
      "page/2/",
      ...PUBLISHED.map((url) => url.slice(1)),
      "keywords/",
      "keywords/aleppo/",
      "outlets/",
      "outlets/enab-baladi/",
      "translators/lina-haddad/",
      "sections/",
      "sections/news/",
      "archive/",
      "2025/",
      "2025/11/",
      "2025/11/page/2/",
      "about/",
    ]) {
      expect(locs).toContain(`${ROOT}${expected}`);
    }
    expect(locs).not.toContain(`${ROOT}search/`);
    expect(locs).not.toContain(`${ROOT}404.html`);
    const lastmod = (loc: string) => urls.find((url) => url.loc === `${ROOT}${loc}`)?.lastmod;
    expect(lastmod("2025/11/raid-in-marat/")).toBe("2025-11-20T10:15:00+03:00");
    expect(lastmod("2025/10/water-cuts/")).toBe("2025-10-02T00:00:00+03:00");
    expect(lastmod("")).toBe("2025-11-20T10:15:00+03:00");
    expect(lastmod("about/")).toBe("2025-11-01T00:00:00+03:00");
  });

  it("/sitemap-news.xml holds the articles of the two days before the build, in Google News form", () => {
    const sitemap = xml("/sitemap-news.xml").urlset;
    expect(sitemap["@xmlns:news"]).toBe("http://www.google.com/schemas/sitemap-news/0.9");
    expect(sitemap.url).toHaveLength(1);
    const [entry] = sitemap.url as Xml[];
    expect(entry.loc).toBe(`${ROOT}2025/11/raid-in-marat/`);
    expect(entry["news:news"]).toEqual({
      "news:publication": { "news:name": "Newsroom Fixture", "news:language": "en" },
      "news:publication_date": "2025-11-19T14:30:00+03:00",
      "news:title": "Three killed in a night raid on Marat",
    });
  });

  it("/robots.txt names both sitemaps", () => {
    const lines = site.text("/robots.txt").split("\n");
    expect(lines).toContain(`Sitemap: ${ROOT}sitemap.xml`);
    expect(lines).toContain(`Sitemap: ${ROOT}sitemap-news.xml`);
  });
});

describe("structured data", () => {
  it("describes every article as a NewsArticle: the original's author, our translator, both publishers", () => {
    const data = structuredData(RAID);
    expect(data).toMatchObject({
      "@context": "https://schema.org",
      "@type": "NewsArticle",
      headline: "Three killed in a night raid on Marat",
      description: "Residents say the raid lasted four hours.",
      url: `${ROOT}2025/11/raid-in-marat/`,
      mainEntityOfPage: { "@type": "WebPage", "@id": `${ROOT}2025/11/raid-in-marat/` },
      datePublished: "2025-11-19T14:30:00+03:00",
      dateModified: "2025-11-20T10:15:00+03:00",
      inLanguage: "en",
      author: [{ "@type": "Person", name: "Hassan Ibrahim" }],
      translator: [
        { "@type": "Person", name: "Lina Haddad", url: `${ROOT}translators/lina-haddad/` },
      ],
      publisher: { name: "Newsroom Fixture", url: ROOT },
      translationOfWork: {
        "@type": "NewsArticle",
        headline: "مداهمة ليلية في مارع",
        inLanguage: "ar",
        url: "https://www.enabbaladi.net/123456/",
        datePublished: "2025-11-18T00:00:00+03:00",
        publisher: { name: "Enab Baladi", url: "https://www.enabbaladi.net/" },
      },
      isBasedOn: "https://www.enabbaladi.net/123456/",
      keywords: ["Aleppo", "Detentions", "al-Sina’a Prison"],
      articleSection: "News",
    });
    expect(data.image[0].url).toMatch(new RegExp(`^${ROOT}img/[\\w-]+-1200\\.png$`));
    expect(site.exists(data.image[0].url.slice(ROOT.length - 1))).toBe(true);
  });

  it("names the outlet as author when the original's author is unknown", () => {
    expect(structuredData("/2025/11/bread-prices/").author).toEqual([
      { "@type": "NewsMediaOrganization", name: "Zaman al-Wasl" },
    ]);
  });

  it("cannot be broken out of by what an author writes", () => {
    const page = site.text("/2025/11/market-reopens/");
    const script = page.match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/)?.[1];
    expect(script).toBeDefined();
    expect(script).not.toMatch(/[<>]/);
    expect(JSON.parse(script ?? "").headline).toBe(
      'Why "</script>" & <b>tags</b> stay text in Aleppo\'s market',
    );
  });
});

describe("social cards and canonical links", () => {
  it("give articles og:, twitter: and article: tags and an absolute canonical link", () => {
    const page = site.page(RAID);
    expect(hrefs(page, 'link[rel="canonical"]')).toEqual([`${ROOT}2025/11/raid-in-marat/`]);
    expect(meta(page, "og:type")).toEqual(["article"]);
    expect(meta(page, "og:title")).toEqual(["Three killed in a night raid on Marat"]);
    expect(meta(page, "og:url")).toEqual([`${ROOT}2025/11/raid-in-marat/`]);
    expect(meta(page, "og:image")[0]).toMatch(new RegExp(`^${ROOT}img/.+-1200\\.png$`));
    expect(meta(page, "og:image:alt")).toEqual(["The main street of Marat at dusk"]);
    expect(meta(page, "twitter:card")).toEqual(["summary_large_image"]);
    expect(meta(page, "article:published_time")).toEqual(["2025-11-19T14:30:00+03:00"]);
    expect(meta(page, "article:modified_time")).toEqual(["2025-11-20T10:15:00+03:00"]);
    expect(meta(page, "article:section")).toEqual(["News"]);
    expect(meta(page, "article:tag")).toEqual(["Aleppo", "Detentions", "al-Sina’a Prison"]);
  });

  it("give other pages the site's card and their own canonical address", () => {
    const page = site.page("/keywords/aleppo/page/2/");
    expect(hrefs(page, 'link[rel="canonical"]')).toEqual([`${ROOT}keywords/aleppo/page/2/`]);
    expect(meta(page, "og:type")).toEqual(["website"]);
    const card = meta(page, "og:image")[0] ?? "";
    expect(card).toMatch(new RegExp(`^${ROOT}img/.+-1200\\.png$`));
    expect(site.exists(card.slice(ROOT.length - 1))).toBe(true);
    expect(site.page("/404.html").querySelector('link[rel="canonical"]')).toBeNull();
  });
});

describe("browsing by outlet, translator, section and date", () => {
  it("has a page per outlet with the outlet list's description and website, and an index", () => {
    const page = site.page("/outlets/enab-baladi/");
    expect(textOf(page.querySelector("h1"))).toBe("Enab Baladi");
    expect(textOf(page.querySelector(".listing__about"))).toBe(
      "Independent Syrian newspaper founded in Daraya in 2011",
    );
    expect(hrefs(page, 'a[rel~="external"]')).toEqual(["https://www.enabbaladi.net/"]);
    expect(hrefs(page, ".teaser__headline a")).toEqual([RAID, "/2025/09/school-year/"]);
    const index = textOf(site.page("/outlets/").querySelector(".outlet-index"));
    expect(index).toContain("Enab Baladi 2 articles");
    expect(index).toContain("Zaman al-Wasl 2 articles");
  });

  it("links the attribution to the outlet's and the translators' pages, keeping the outlet's site", () => {
    const attribution = site.page("/2025/11/bread-prices/").querySelector(".attribution");
    expect(hrefs(attribution as unknown as Document, "a")).toEqual([
      "/outlets/zaman-al-wasl/",
      "/translators/omar-khalil/",
      "/translators/rania-aziz/",
    ]);
    const raid = site.page(RAID).querySelector(".attribution");
    expect(hrefs(raid as unknown as Document, "a")).toEqual([
      "/outlets/enab-baladi/",
      "https://www.enabbaladi.net/",
      "https://www.enabbaladi.net/123456/",
      "/translators/lina-haddad/",
    ]);
    expect(textOf(raid)).toContain("Independent Syrian newspaper founded in Daraya in 2011");
    for (const href of hrefs(raid as unknown as Document, 'a[href^="/"]')) {
      expect(site.exists(href ?? "")).toBe(true);
    }
  });

  it("has translator pages and an index of translators", () => {
    const page = site.page("/translators/omar-khalil/");
    expect(textOf(page.querySelector("h1"))).toBe("Omar Khalil");
    expect(page.querySelectorAll(".teaser")).toHaveLength(2);
    expect(hrefs(page, 'a[rel="next"]')).toEqual(["/translators/omar-khalil/page/2/"]);
    const index = [...site.page("/translators/").querySelectorAll(".keyword-index li")].map(textOf);
    expect(index).toEqual(["Lina Haddad 2", "Omar Khalil 3", "Rania Aziz 1"]);
  });

  it("has section fronts, an index of sections, and the section above the headline", () => {
    const economy = site.page("/sections/economy/");
    expect(textOf(economy.querySelector("h1"))).toBe("Economy");
    expect(hrefs(economy, ".teaser__headline a")).toEqual([
      "/2025/11/bread-prices/",
      "/2025/11/market-reopens/",
    ]);
    expect([...site.page("/sections/").querySelectorAll(".keyword-index li")].map(textOf)).toEqual([
      "Economy 2",
      "News 2",
    ]);
    expect(hrefs(site.page(RAID), ".story__section a")).toEqual(["/sections/news/"]);
  });

  it("has month archives at /YYYY/MM/, paginated, year pages and an archive index", () => {
    const november = site.page("/2025/11/");
    expect(textOf(november.querySelector("h1"))).toBe("November 2025");
    expect(hrefs(november, ".teaser__headline a")).toEqual([RAID, "/2025/11/bread-prices/"]);
    expect(hrefs(november, 'a[rel="next"]')).toEqual(["/2025/11/page/2/"]);
    const second = site.page("/2025/11/page/2/");
    expect(hrefs(second, ".teaser__headline a")).toEqual(["/2025/11/market-reopens/"]);
    expect(hrefs(second, 'a[rel="prev"]')).toEqual(["/2025/11/"]);
    expect(textOf(second.querySelector(".pagination"))).toBe("← Newer articles Page 2 of 2");
    expect([...site.page("/2025/").querySelectorAll(".archive-months li")].map(textOf)).toEqual([
      "November 2025 3",
      "October 2025 1",
      "September 2025 1",
    ]);
    expect(hrefs(site.page("/archive/"), ".archive-months a")).toEqual([
      "/2025/11/",
      "/2025/10/",
      "/2025/09/",
    ]);
  });
});

describe("the front page", () => {
  it("leads with the newest story and its picture, loaded at once; other teasers and pages have neither", () => {
    const teasers = [...site.page("/").querySelectorAll(".teasers > li")];
    const [lead, ...rest] = teasers;
    expect(lead?.querySelector(".teaser--lead .teaser__headline a")?.getAttribute("href")).toBe(
      RAID,
    );
    const img = lead?.querySelector(".story__picture img");
    expect(img?.getAttribute("alt")).toBe("The main street of Marat at dusk");
    expect(img?.getAttribute("loading")).toBe("eager");
    expect(img?.getAttribute("fetchpriority")).toBe("high");
    expect(rest.length).toBeGreaterThan(0);
    for (const teaser of rest) {
      expect(teaser.querySelector(".teaser--lead, .story__picture")).toBeNull();
    }
    expect(site.page("/page/2/").querySelector(".teaser--lead, .story__picture")).toBeNull();
  });
});

describe("an article page", () => {
  it("shows the lead picture in modern formats at several widths, sized, and loaded first", () => {
    const figure = site.page(RAID).querySelector(".story__picture");
    const sources = [...(figure?.querySelectorAll("source") ?? [])];
    expect(sources.map((source) => source.getAttribute("type"))).toEqual([
      "image/avif",
      "image/webp",
    ]);
    for (const source of sources) {
      const widths = (source.getAttribute("srcset") ?? "").match(/ \d+w/g);
      expect(widths).toEqual([" 400w", " 800w", " 1200w"]);
    }
    const img = figure?.querySelector("img");
    expect(img?.getAttribute("alt")).toBe("The main street of Marat at dusk");
    expect(img?.getAttribute("width")).toBe("1200");
    expect(img?.getAttribute("height")).toBe("630");
    // The largest thing at the top of the page: not held back until the layout is done.
    expect(img?.getAttribute("loading")).toBe("eager");
    expect(img?.getAttribute("fetchpriority")).toBe("high");
    expect(textOf(figure?.querySelector("figcaption"))).toBe(
      "Marat the evening after the raid. Illustration: Newsroom Fixture",
    );
    const files = [img?.getAttribute("src"), ...sources.map((s) => s.getAttribute("srcset"))]
      .join(", ")
      .split(", ")
      .map((candidate) => candidate.split(" ")[0] ?? "");
    for (const file of files) expect(site.exists(file)).toBe(true);
  });

  it("says when it was updated and lists its corrections at the end", () => {
    const page = site.page(RAID);
    const updated = page.querySelector(".byline__updated time");
    expect(updated?.getAttribute("datetime")).toBe("2025-11-20T10:15:00+03:00");
    expect(textOf(page.querySelector(".byline__updated"))).toBe(
      "Updated 20 November 2025, 10:15 GMT+3",
    );
    expect(textOf(page.querySelector(".corrections"))).toBe(
      "Correction 20 November 2025: An earlier version gave the number of detainees as twelve.",
    );
    expect(site.page("/2025/11/bread-prices/").querySelector(".byline__updated")).toBeNull();
  });

  it("suggests related stories: rarer shared keywords first, then the newest", () => {
    expect(hrefs(site.page(RAID), ".related .teaser__headline a")).toEqual([
      "/2025/10/water-cuts/", // shares Detentions, on two articles
      "/2025/11/bread-prices/", // share Aleppo, on four: newest first
      "/2025/11/market-reopens/",
      "/2025/09/school-year/",
    ]);
  });
});

describe("drafts and articles dated after the build", () => {
  /** Every file of the output as text; the search index's fragments unzipped. */
  function everyOutput(): { file: string; text: string }[] {
    return (fs.readdirSync(site.output, { recursive: true, encoding: "utf8" }) as string[])
      .map((file) => path.join(site.output, file))
      .filter((file) => fs.statSync(file).isFile())
      .map((file) => {
        const bytes = fs.readFileSync(file);
        const text =
          bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes).toString("utf8") : bytes;
        return { file, text: text.toString() };
      });
  }

  it("leave no trace in any output: pages, lists, feeds, sitemaps or the search index", () => {
    const outputs = everyOutput();
    expect(outputs.some(({ file }) => file.includes("pf_fragment"))).toBe(true);
    for (const { file, text } of outputs) {
      for (const word of ["Leakwatch", "leakwatch", "Embargowatch", "embargowatch"]) {
        if (text.includes(word)) throw new Error(`${word} found in ${file}`);
      }
    }
    // The lead picture's renditions (3 formats × 3 widths) and the card: not the draft's picture.
    expect(fs.readdirSync(path.join(site.output, "img"))).toHaveLength(10);
    expect(site.exists("/2025/11/draft-story/")).toBe(false);
    expect(site.exists("/2025/11/embargoed-story/")).toBe(false);
    expect(site.result.pagesIndexed).toBe(PUBLISHED.length);
    expect(site.result.withheld).toEqual({ drafts: 1, scheduled: 1 });
  });

  it("appear once the build's now passes their date, drafts still left out", async () => {
    const later = await buildFixture("newsroom", { now: new Date("2025-11-22T08:00:00+03:00") });
    expect(later.exists("/2025/11/embargoed-story/")).toBe(true);
    expect(later.exists("/2025/11/draft-story/")).toBe(false);
    expect(parseXml(later.text("/feed.xml")).feed.entry[0].title).toBe(
      "Embargowatch scheduled headline",
    );
  }, 60_000);
});

describe("a build under a sub-path with --url", () => {
  let sub: BuiltFixture;
  beforeAll(async () => {
    sub = await buildFixture("newsroom", {
      now: NOW,
      base: "/news/",
      url: "https://mirror.example/",
    });
  }, 60_000);
  const MIRROR = "https://mirror.example/news/";

  it("makes every absolute address from the given url and the base", () => {
    const feed = parseXml(sub.text("/feed.xml")).feed;
    expect(feed.id).toBe(`${MIRROR}feed.xml`);
    expect(feed.entry[0].link[0]["@href"]).toBe(`${MIRROR}2025/11/raid-in-marat/`);
    expect(feed.entry[0].id).toBe("tag:mirror.example,2025-11-19:/2025/11/raid-in-marat/");
    const html = feed.entry[0].content["#text"] as string;
    expect(html).toContain(`href="${MIRROR}2025/10/water-cuts/"`);
    expect(html).toContain(`src="${MIRROR}img/`);

    const locs = (parseXml(sub.text("/sitemap.xml")).urlset.url as Xml[]).map((url) => url.loc);
    for (const loc of locs) expect(loc.startsWith(MIRROR)).toBe(true);
    expect(sub.text("/robots.txt")).toContain(`Sitemap: ${MIRROR}sitemap.xml`);

    const page = sub.page(RAID);
    expect(hrefs(page, 'link[rel="canonical"]')).toEqual([`${MIRROR}2025/11/raid-in-marat/`]);
    expect(hrefs(page, 'link[rel="alternate"][type="application/atom+xml"]')).toEqual([
      "/news/feed.xml",
    ]);
    expect(page.querySelector(".story__picture img")?.getAttribute("src")).toMatch(
      /^\/news\/img\//,
    );
    const srcset = page.querySelector(".story__picture source")?.getAttribute("srcset") ?? "";
    for (const candidate of srcset.split(", ")) expect(candidate).toMatch(/^\/news\/img\//);
  });
});

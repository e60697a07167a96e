// One page of each kind the site publishes, picked from a built site's content: what the quality
// gates check in a browser and what `npm run screenshots` photographs. A new kind of page needs a
// line here.
import type { Article } from "../../src/article/article.ts";
import type { Group } from "../../src/collections/listings.ts";
import { siteDataOf } from "../../src/collections/site-data.ts";
import type { Content } from "../../src/content/load.ts";

export interface PageKind {
  /** A short name for reports and file names: "article", "keyword"… */
  name: string;
  /** The address relative to the site's base, without a leading slash: "2025/11/raid-in-marat/". */
  path: string;
  /** The status the server answers with. */
  status: number;
  /** A selector that appears when the page is ready (the search page fills its results later). */
  ready?: string;
}

/** How much of what an article can show it shows: the richest one is the one worth checking. */
function richness(article: Article): number {
  return [
    article.image,
    article.corrections.length > 0,
    article.source.title,
    article.source.url,
    article.updated,
    article.section,
    article.summary,
  ].filter(Boolean).length;
}

/** The group with the most articles (the first of equals): it has the longest list. */
function largest(groups: readonly Group[]): Group | undefined {
  return groups.reduce<Group | undefined>(
    (best, group) => (best && best.articles.length >= group.articles.length ? best : group),
    undefined,
  );
}

/** The longest word of a headline: a query that finds at least that article. */
function queryFor(article: Article): string {
  const words = article.title.split(/[^\p{L}\p{N}]+/u);
  return words.reduce((longest, word) => (word.length > longest.length ? word : longest), "");
}

export function pageKinds(content: Content): PageKind[] {
  const data = siteDataOf(content);
  const kinds: PageKind[] = [];
  const add = (name: string, url: string | undefined, extra: Partial<PageKind> = {}) => {
    if (url) kinds.push({ name, path: url.replace(/^\//, ""), status: 200, ...extra });
  };
  if (content.articles.length === 0) throw new Error("the site has no article");
  const article = content.articles.reduce((best, a) => (richness(a) > richness(best) ? a : best));
  const pictured = content.articles.find((a) => a.image);

  add("front", "/");
  add("article", article.url);
  if (pictured && pictured !== article) add("article-with-picture", pictured.url);
  add("standalone-page", content.pages[0]?.url);
  add("keyword", largest(data.keywords)?.url);
  add("keywords", "/keywords/");
  add("outlet", largest(data.outlets)?.url);
  add("outlets", "/outlets/");
  add("translator", largest(data.translators)?.url);
  add("translators", "/translators/");
  if (data.sections.length > 0) {
    add("section", largest(data.sections)?.url);
    add("sections", "/sections/");
  }
  add("month", data.monthPages[0]?.url);
  add("year", data.years[0]?.url);
  add("archive", "/archive/");
  add("search-results", `/search/?q=${encodeURIComponent(queryFor(article))}`, {
    ready: ".search-result",
  });
  add("not-found", "/no-such-page/", { status: 404 });
  return kinds;
}

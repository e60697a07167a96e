// What search engines are told: /sitemap.xml lists every page readers can reach (with the date of
// its last change where one is known) and /sitemap-news.xml the articles of the last two days in
// Google News format. Past 50,000 addresses, /sitemap.xml becomes an index of numbered files, as
// the protocol requires.
import type { Article } from "../article/article.ts";
import { type PublicationDate, withOffset } from "../dates.ts";
import type { SiteSettings } from "../settings.ts";
import type { SiteAddress } from "../site-address.ts";
import type { ListingPage } from "./listings.ts";

export const SITEMAP_URL = "/sitemap.xml";
export const NEWS_SITEMAP_URL = "/sitemap-news.xml";
/** The protocol's limit of addresses per file. */
export const SITEMAP_LIMIT = 50_000;
/** Google News reads articles of the last two days, at most 1,000 per file. */
export const NEWS_WINDOW_MS = 2 * 24 * 60 * 60 * 1000;
export const NEWS_LIMIT = 1000;

export interface SitemapEntry {
  /** Absolute URL. */
  loc: string;
  /** W3C date-time with offset, when the page's last change is known. */
  lastmod?: string;
}

export interface SitemapFile {
  /** Site-relative path of the file. */
  url: string;
  entries: SitemapEntry[];
}

export interface Sitemaps {
  files: SitemapFile[];
  /** /sitemap.xml as an index of the files: empty while one file holds every address. */
  index: { url: string; files: { loc: string; lastmod?: string }[] }[];
  /** The news sitemap's articles, newest first. */
  news: { loc: string; title: string; published: string }[];
  /** The publication as Google News names it: the site, in the language of its translations. */
  publication: { name: string; language: string };
}

/** A page of the site and the articles whose changes change it. */
export interface MappedPage {
  url: string;
  modified?: PublicationDate;
}

export function pageOfArticle(article: Article): MappedPage {
  return { url: article.url, modified: article.modified };
}

/** A list page changes when one of its articles does: its date is their newest change. */
export function pageOfListing(listing: Pick<ListingPage, "url" | "articles">): MappedPage {
  return { url: listing.url, modified: newestChange(listing.articles) };
}

export function newestChange(articles: readonly Article[]): PublicationDate | undefined {
  let newest: PublicationDate | undefined;
  for (const article of articles) {
    if (!newest || article.modified.epoch > newest.epoch) newest = article.modified;
  }
  return newest;
}

export function sitemapsOf(
  pages: readonly MappedPage[],
  articles: readonly Article[],
  context: {
    address: SiteAddress;
    settings: Pick<SiteSettings, "name" | "language" | "timeZone">;
    now: number;
    limit?: number;
  },
): Sitemaps {
  const { address, settings, now, limit = SITEMAP_LIMIT } = context;
  const { timeZone } = settings;
  const entries = [...pages]
    .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0))
    .map((page) => ({
      loc: address.absolute(page.url),
      lastmod: page.modified && withOffset(page.modified, timeZone),
    }));

  const files: SitemapFile[] = [];
  if (entries.length <= limit) files.push({ url: SITEMAP_URL, entries });
  else {
    for (let start = 0; start < entries.length; start += limit) {
      files.push({
        url: `/sitemap-${files.length + 1}.xml`,
        entries: entries.slice(start, start + limit),
      });
    }
  }
  const index =
    files.length > 1
      ? [
          {
            url: SITEMAP_URL,
            files: files.map((file) => ({
              loc: address.absolute(file.url),
              lastmod: file.entries.reduce<string | undefined>(
                (newest, entry) =>
                  entry.lastmod && (!newest || Date.parse(entry.lastmod) > Date.parse(newest))
                    ? entry.lastmod
                    : newest,
                undefined,
              ),
            })),
          },
        ]
      : [];

  const news = articles
    .filter((article) => article.date.epoch <= now && now - article.date.epoch <= NEWS_WINDOW_MS)
    .slice(0, NEWS_LIMIT)
    .map((article) => ({
      loc: address.absolute(article.url),
      title: article.title,
      published: withOffset(article.date, timeZone),
    }));
  return {
    files,
    index,
    news,
    publication: { name: settings.name, language: newsLanguage(settings.language) },
  };
}

/** Google News wants a bare ISO 639 code ("en", not "en-GB"), except zh-cn and zh-tw. */
export function newsLanguage(language: string): string {
  const tag = language.toLowerCase();
  if (tag.startsWith("zh")) return /-(tw|hk|mo|hant)/.test(tag) ? "zh-tw" : "zh-cn";
  return tag.split("-")[0] ?? tag;
}

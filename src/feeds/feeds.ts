// Atom feeds: the site's (the latest 50 articles, full text) and one per keyword, outlet,
// translator and section (the latest 20, headline and summary: a reader follows the link, and
// thousands of topic feeds stay small). Everything a feed says is computed here; the templates
// only write it out as XML.
import urls from "@11ty/posthtml-urls";
import posthtml from "posthtml";
import type { Article } from "../article/article.ts";
import type { Group } from "../collections/listings.ts";
import { dayOf, withOffset } from "../dates.ts";
import type { Rendition } from "../images.ts";
import type { SiteSettings } from "../settings.ts";
import type { SiteAddress } from "../site-address.ts";

export const SITE_FEED_URL = "/feed.xml";
export const SITE_FEED_SIZE = 50;
export const GROUP_FEED_SIZE = 20;

export interface FeedEntry {
  /** A tag: URI from the host, the publication day and the path: survives edits, --base and https. */
  id: string;
  /** Site-relative URL, to find the rendered article. */
  url: string;
  /** Absolute URL of the article page. */
  link: string;
  title: string;
  summary?: string;
  /** RFC 3339 with offset. */
  published: string;
  updated: string;
  /** The original authors, or the outlet when none is named. */
  authors: string[];
  /** The translators. */
  contributors: string[];
  categories: { term: string; label: string; scheme: string }[];
  image?: Rendition & { alt: string };
  /** The article's text in Markdown, which the site feed carries in full. */
  body: string;
}

export interface Feed {
  /** Site-relative path of the feed file. */
  url: string;
  /** Absolute URL of the feed, also its id. */
  self: string;
  /** Absolute URL of the page the feed follows. */
  alternate: string;
  title: string;
  subtitle: string;
  language: string;
  /** The newest change among the entries (the build's "now" for an empty feed). */
  updated: string;
  /** Whether entries carry the article's full text (the site feed) or only its summary. */
  fullText: boolean;
  entries: FeedEntry[];
}

export interface FeedContext {
  settings: SiteSettings;
  address: SiteAddress;
  /** The lead picture's card rendition of an article, when it has one. */
  imageOf: (article: Article) => (Rendition & { alt: string }) | undefined;
  now: number;
}

/** Feed entries are made once per article, however many feeds list it. */
export class FeedWriter {
  readonly #entries = new Map<string, FeedEntry>();

  constructor(readonly context: FeedContext) {}

  siteFeed(articles: readonly Article[]): Feed {
    const { settings } = this.context;
    return this.#feed({
      url: SITE_FEED_URL,
      pageUrl: "/",
      title: settings.name,
      subtitle: settings.description,
      articles: articles.slice(0, SITE_FEED_SIZE),
      fullText: true,
    });
  }

  /** @param describe the feed's subtitle for a group, e.g. "Translations from Enab Baladi" */
  groupFeed(group: Group, describe: (name: string) => string): Feed {
    return this.#feed({
      url: feedUrlOf(group),
      pageUrl: group.url,
      title: `${group.name} – ${this.context.settings.name}`,
      subtitle: describe(group.name),
      articles: group.articles.slice(0, GROUP_FEED_SIZE),
      fullText: false,
    });
  }

  #feed(spec: {
    url: string;
    pageUrl: string;
    title: string;
    subtitle: string;
    articles: readonly Article[];
    fullText: boolean;
  }): Feed {
    const { settings, address, now } = this.context;
    const entries = spec.articles.map((article) => this.#entry(article));
    const newest = spec.articles.reduce<Article | undefined>(
      (found, article) =>
        !found || article.modified.epoch > found.modified.epoch ? article : found,
      undefined,
    );
    return {
      url: spec.url,
      self: address.absolute(spec.url),
      alternate: address.absolute(spec.pageUrl),
      title: spec.title,
      subtitle: spec.subtitle,
      language: settings.language,
      updated: newest
        ? withOffset(newest.modified, settings.timeZone)
        : new Date(now).toISOString().replace(/\.\d+Z$/, "Z"),
      fullText: spec.fullText,
      entries,
    };
  }

  #entry(article: Article): FeedEntry {
    let entry = this.#entries.get(article.url);
    if (entry) return entry;
    const { settings, address, imageOf } = this.context;
    const source = article.source;
    entry = {
      id: `tag:${address.hostname},${dayOf(article.date, settings.timeZone)}:${article.url}`,
      url: article.url,
      link: address.absolute(article.url),
      title: article.title,
      summary: article.summary,
      published: withOffset(article.date, settings.timeZone),
      updated: withOffset(article.modified, settings.timeZone),
      authors: source.authors.length > 0 ? source.authors : [source.name],
      contributors: article.translators.map((person) => person.name),
      categories: article.keywords.map((keyword) => ({
        term: keyword.slug,
        label: keyword.name,
        scheme: address.absolute("/keywords/"),
      })),
      image: imageOf(article),
      body: article.body,
    };
    this.#entries.set(article.url, entry);
    return entry;
  }
}

/** Where a group's feed lives: beside its first page. */
export function feedUrlOf(group: Pick<Group, "url">): string {
  return `${group.url}feed.xml`;
}

/**
 * An article's HTML with every address made absolute, as a feed reader needs it away from the
 * site: a path from the site's root gets the site's address (base path included), a relative one
 * is read from the article's page first; full addresses (https:, mailto:) stay as written.
 */
export async function withAbsoluteLinks(
  html: string,
  pageUrl: string,
  address: SiteAddress,
): Promise<string> {
  const absolute = (url: string) => {
    if (url === "" || /^([a-z][a-z\d+.-]*:|\/\/)/i.test(url)) return url;
    const resolved = new URL(url, `https://site.invalid${pageUrl}`);
    return address.absolute(`${resolved.pathname}${resolved.search}${resolved.hash}`);
  };
  const result = await posthtml([urls({ eachURL: absolute })]).process(html);
  return result.html;
}

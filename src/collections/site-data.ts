// Everything the layouts need, computed once from validated content: every list readers browse,
// related stories, feeds and sitemaps.
import type { Article } from "../article/article.ts";
import type { PublicationStatus } from "../article/publication.ts";
import type { Content } from "../content/load.ts";
import { type Feed, FeedWriter, feedUrlOf } from "../feeds/feeds.ts";
import type { Picture, PreparedPictures, Rendition } from "../images.ts";
import type { Page } from "../page/page.ts";
import type { SiteSettings } from "../settings.ts";
import { type SiteAddress, siteAddress } from "../site-address.ts";
import { ARCHIVE_PATH, monthGroups, type Year, yearsOf } from "./archive.ts";
import {
  type Group,
  type GroupPage,
  groupArticles,
  groupPages,
  type ListingPage,
  paginate,
} from "./listings.ts";
import { type RelatedStories, relatedStories } from "./related.ts";
import {
  type MappedPage,
  newestChange,
  pageOfArticle,
  pageOfListing,
  type Sitemaps,
  sitemapsOf,
} from "./sitemap.ts";

export const KEYWORDS_PATH = "keywords";
export const OUTLETS_PATH = "outlets";
export const TRANSLATORS_PATH = "translators";
export const SECTIONS_PATH = "sections";

/** An outlet's group of articles, with what the outlet list says about it. */
export interface Outlet extends Group {
  description?: string;
  website?: string;
}

/** How this build sees the content: when "now" is, where the site lives, whether it previews. */
export interface Edition {
  /** The moment embargoes and the news sitemap are measured from, in milliseconds. */
  now: number;
  /** The path the site is served under: "/" or "/news/". */
  base: string;
  /** Why each article the public would not see yet is held back: preview only. */
  unpublished?: ReadonlyMap<string, Exclude<PublicationStatus, "published">>;
}

export interface SiteData {
  settings: SiteSettings;
  address: SiteAddress;
  articles: Article[];
  pages: Page[];
  /** The front page and its older pages: /, /page/2/, … */
  frontPages: ListingPage[];
  keywords: Group[];
  keywordPages: GroupPage[];
  outlets: Outlet[];
  outletPages: GroupPage[];
  translators: Group[];
  translatorPages: GroupPage[];
  sections: Group[];
  sectionPages: GroupPage[];
  /** Newest first, each with its months. */
  years: Year[];
  monthPages: GroupPage[];
  /** Up to four related stories per article URL. */
  related: RelatedStories;
  /** Lead pictures by article URL. */
  pictures: ReadonlyMap<string, Picture>;
  /** The site's card picture, for pages without their own. */
  card?: Rendition;
  siteFeed: Feed;
  /** A feed per keyword, outlet, translator and section. */
  groupFeeds: Feed[];
  sitemaps: Sitemaps;
  unpublished: ReadonlyMap<string, Exclude<PublicationStatus, "published">>;
}

export function siteDataOf(
  content: Content,
  edition: Edition = { now: Date.now(), base: "/" },
  prepared?: Pick<PreparedPictures, "pictures" | "card">,
): SiteData {
  const { settings, articles, pages } = content;
  const { perPage, timeZone } = settings;
  const address = siteAddress(settings.url, edition.base);
  const under = (prefix: string) => (named: { slug: string }) => `/${prefix}/${named.slug}/`;

  const keywords = groupArticles(articles, (article) => article.keywords, under(KEYWORDS_PATH));
  const outlets: Outlet[] = groupArticles(
    articles,
    (article) => [article.source],
    under(OUTLETS_PATH),
  ).map((group) => {
    const source = (group.articles[0] as Article).source;
    return { ...group, description: source.description, website: source.website };
  });
  const translators = groupArticles(
    articles,
    (article) => article.translators,
    under(TRANSLATORS_PATH),
  );
  const sections = groupArticles(
    articles,
    (article) => (article.section ? [article.section] : []),
    under(SECTIONS_PATH),
  );
  const months = monthGroups(articles, timeZone);
  const years = yearsOf(months);

  const pictures = prepared?.pictures ?? new Map<string, Picture>();
  const feeds = new FeedWriter({
    settings,
    address,
    now: edition.now,
    imageOf: (article) => {
      const picture = pictures.get(article.url);
      return picture && { ...picture.card, alt: picture.alt };
    },
  });
  const groupFeeds = [
    ...keywords.map((group) => feeds.groupFeed(group, (name) => `Translations about ${name}`)),
    ...outlets.map((group) => feeds.groupFeed(group, (name) => `Translations from ${name}`)),
    ...translators.map((group) => feeds.groupFeed(group, (name) => `Translated by ${name}`)),
    ...sections.map((group) => feeds.groupFeed(group, (name) => `Translations in ${name}`)),
  ];

  const listOf = (groups: Group[]) => groupPages(groups, perPage, feedUrlOf);
  const frontPages = paginate(articles, "/", perPage);
  const keywordPages = listOf(keywords);
  const outletPages = listOf(outlets);
  const translatorPages = listOf(translators);
  const sectionPages = listOf(sections);
  const monthPages = groupPages(months, perPage);

  const newest = newestChange(articles);
  const indexPage = (url: string): MappedPage => ({ url, modified: newest });
  const mapped: MappedPage[] = [
    ...articles.map(pageOfArticle),
    ...[
      ...frontPages,
      ...keywordPages,
      ...outletPages,
      ...translatorPages,
      ...sectionPages,
      ...monthPages,
    ].map(pageOfListing),
    ...years.map((year) => ({
      url: year.url,
      modified: newestChange(year.months.flatMap((month) => month.articles)),
    })),
    ...[KEYWORDS_PATH, OUTLETS_PATH, TRANSLATORS_PATH, ARCHIVE_PATH].map((path) =>
      indexPage(`/${path}/`),
    ),
    ...(sections.length > 0 ? [indexPage(`/${SECTIONS_PATH}/`)] : []),
    ...pages.map((page) => ({ url: page.url, modified: page.updated })),
  ];

  return {
    settings,
    address,
    articles,
    pages,
    frontPages,
    keywords,
    keywordPages,
    outlets,
    outletPages,
    translators,
    translatorPages,
    sections,
    sectionPages,
    years,
    monthPages,
    related: relatedStories(articles),
    pictures,
    card: prepared?.card,
    siteFeed: feeds.siteFeed(articles),
    groupFeeds,
    sitemaps: sitemapsOf(mapped, articles, { address, settings, now: edition.now }),
    unpublished: edition.unpublished ?? new Map(),
  };
}

// Lists of articles readers browse, cut into pages: the front page, and one list per keyword,
// outlet, translator, section and month. Computed once from validated articles; layouts only
// render them.
import type { Article, Named } from "../article/article.ts";

/** One page of a list of articles. */
export interface ListingPage {
  url: string;
  /** 1-based. */
  pageNumber: number;
  pageCount: number;
  previousUrl?: string;
  nextUrl?: string;
  articles: Article[];
}

/** All articles filed under one name (a keyword, an outlet…), newest first. */
export interface Group extends Named {
  /** Site-relative URL of the group's first page. */
  url: string;
  articles: Article[];
  /** The larger list this one is part of: a month's year. */
  parent?: { name: string; url: string };
}

/** What a page of a group's list says about its group. */
export interface GroupSummary extends Named {
  url: string;
  count: number;
  /** The group's feed, when it has one. */
  feedUrl?: string;
  /** What the outlet list says of an outlet. */
  description?: string;
  website?: string;
  parent?: { name: string; url: string };
}

/** A page of a group's list, with the group it belongs to. */
export interface GroupPage extends ListingPage {
  group: GroupSummary;
}

/** Cuts articles into pages at `baseUrl`, `baseUrl`page/2/, … ; an empty list still has page 1. */
export function paginate(
  articles: readonly Article[],
  baseUrl: string,
  perPage: number,
): ListingPage[] {
  const pageCount = Math.max(1, Math.ceil(articles.length / perPage));
  const urlOf = (pageNumber: number) =>
    pageNumber === 1 ? baseUrl : `${baseUrl}page/${pageNumber}/`;
  return Array.from({ length: pageCount }, (_, index) => {
    const pageNumber = index + 1;
    return {
      url: urlOf(pageNumber),
      pageNumber,
      pageCount,
      previousUrl: pageNumber > 1 ? urlOf(pageNumber - 1) : undefined,
      nextUrl: pageNumber < pageCount ? urlOf(pageNumber + 1) : undefined,
      articles: articles.slice(index * perPage, (index + 1) * perPage),
    };
  });
}

/**
 * Files each article under every name `namesOf` gives it, keeping the articles' order (newest
 * first). Groups come back sorted by name; `urlOf` gives each group's address.
 */
export function groupArticles(
  articles: readonly Article[],
  namesOf: (article: Article) => readonly Named[],
  urlOf: (named: Named) => string,
): Group[] {
  const groups = new Map<string, Group>();
  for (const article of articles) {
    for (const named of namesOf(article)) {
      let group = groups.get(named.slug);
      if (!group) {
        group = {
          name: named.name,
          slug: named.slug,
          url: urlOf(named),
          description: named.description,
          articles: [],
        };
        groups.set(named.slug, group);
      }
      group.articles.push(article);
    }
  }
  return [...groups.values()].sort((a, b) =>
    a.name.localeCompare(b.name, "en", { sensitivity: "base" }),
  );
}

/** Every page of every group's list, from the group's URL on; `feedUrlOf` names its feed. */
export function groupPages(
  groups: readonly (Group & Pick<GroupSummary, "description" | "website">)[],
  perPage: number,
  feedUrlOf?: (group: Group) => string,
): GroupPage[] {
  return groups.flatMap((group) => {
    const summary: GroupSummary = {
      name: group.name,
      slug: group.slug,
      url: group.url,
      count: group.articles.length,
      feedUrl: feedUrlOf?.(group),
      description: group.description,
      website: group.website,
      parent: group.parent,
    };
    return paginate(group.articles, group.url, perPage).map((page) => ({
      ...page,
      group: summary,
    }));
  });
}

// Lists of articles readers browse, cut into pages: the front page, and one list per keyword.
// Computed once from validated articles; layouts only render them.
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
  articles: Article[];
}

/** A page of a group's list, with the group it belongs to. */
export interface GroupPage extends ListingPage {
  group: Named & { count: number };
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
 * first). Groups come back sorted by name.
 */
export function groupArticles(
  articles: readonly Article[],
  namesOf: (article: Article) => readonly Named[],
): Group[] {
  const groups = new Map<string, Group>();
  for (const article of articles) {
    for (const named of namesOf(article)) {
      let group = groups.get(named.slug);
      if (!group) {
        group = { name: named.name, slug: named.slug, articles: [] };
        groups.set(named.slug, group);
      }
      group.articles.push(article);
    }
  }
  return [...groups.values()].sort((a, b) =>
    a.name.localeCompare(b.name, "en", { sensitivity: "base" }),
  );
}

/** Every page of every group's list, at `/{prefix}/{slug}/`. */
export function groupPages(groups: readonly Group[], prefix: string, perPage: number): GroupPage[] {
  return groups.flatMap((group) => {
    const summary = { name: group.name, slug: group.slug, count: group.articles.length };
    return paginate(group.articles, `/${prefix}/${group.slug}/`, perPage).map((page) => ({
      ...page,
      group: summary,
    }));
  });
}

// What the search index records about an article besides its words: the filters readers narrow
// a search by, the date results sort by, and the date results show. The article layout writes
// these into each page for Pagefind; the search page offers the filters in the order below.
import type { Article } from "../article/article.ts";
import { dayOf, type PublicationDate } from "../dates.ts";
import type { SiteSettings } from "../settings.ts";

export interface SearchFilter {
  /** Pagefind's filter name, also the search page's URL parameter: ?outlet=Enab%20Baladi */
  name: string;
  /** What the search page calls it. */
  label: string;
  valuesOf(article: Article, settings: SiteSettings): string[];
}

/** Every filter of the search page, in the order it shows them. A new filter is one line here. */
export const SEARCH_FILTERS: readonly SearchFilter[] = [
  { name: "outlet", label: "Outlet", valuesOf: (article) => [article.source.name] },
  { name: "keyword", label: "Keyword", valuesOf: (article) => article.keywords.map((k) => k.name) },
  {
    name: "translator",
    label: "Translator",
    valuesOf: (article) => article.translators.map((translator) => translator.name),
  },
  {
    name: "section",
    label: "Section",
    valuesOf: (article) => (article.section ? [article.section.name] : []),
  },
  {
    name: "year",
    label: "Year",
    valuesOf: (article, settings) => [dayOf(article.date, settings.timeZone).slice(0, 4)],
  },
];

/** The filter values Pagefind should record for one article, filter by filter. */
export function searchFiltersOf(
  article: Article,
  settings: SiteSettings,
): { name: string; value: string }[] {
  return SEARCH_FILTERS.flatMap((filter) =>
    filter.valuesOf(article, settings).map((value) => ({ name: filter.name, value })),
  );
}

/**
 * The key results sort by when a reader asks for the newest first: the moment in UTC as an ISO
 * string, so that comparing strings compares moments whatever offset the author wrote.
 */
export function sortDateOf(date: PublicationDate): string {
  return new Date(date.epoch).toISOString();
}

/**
 * The date a result shows, in ISO 8601's basic format: "20251110" for a date, "20251119T1130Z"
 * for a moment (in UTC). Pagefind makes every metadata word searchable; written this way the date
 * is one word nobody types, so a search for "30" or "November" does not match every article
 * published at half past or in November.
 */
export function resultDateOf(date: PublicationDate): string {
  const iso = sortDateOf(date);
  if (!date.hasTime) return date.iso.replaceAll("-", "");
  return `${iso.slice(0, 10).replaceAll("-", "")}T${iso.slice(11, 13)}${iso.slice(14, 16)}Z`;
}

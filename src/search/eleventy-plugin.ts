// Gives layouts what the search index needs from each article page, and the search page the
// filters it offers.
import type UserConfig from "@11ty/eleventy/UserConfig";
import type { Article } from "../article/article.ts";
import type { PublicationDate } from "../dates.ts";
import type { FilterContext } from "../filters.ts";
import { resultDateOf, SEARCH_FILTERS, searchFiltersOf, sortDateOf } from "./record.ts";

export function searchPlugin(eleventyConfig: UserConfig): void {
  // The build's settings from the page's data, not this closure (see src/filters.ts).
  eleventyConfig.addFilter("searchFilters", function (this: FilterContext, article: Article) {
    return searchFiltersOf(article, this.ctx.newsroom.content.settings);
  });
  eleventyConfig.addFilter("sortDate", (date: PublicationDate) => sortDateOf(date));
  eleventyConfig.addFilter("resultDate", (date: PublicationDate) => resultDateOf(date));
  eleventyConfig.addGlobalData("searchFilters", () =>
    SEARCH_FILTERS.map(({ name, label }) => ({ name, label })),
  );
}

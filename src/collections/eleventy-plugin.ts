// Gives layouts the lists computed from content: front pages, keyword, outlet, translator,
// section and month pages, related stories, pictures, feeds and sitemaps. Each is read at build
// time, so a preview rebuild sees content reloaded after an edit.
import type UserConfig from "@11ty/eleventy/UserConfig";
import type { LiveContent } from "../live-content.ts";
import { sharedByPages } from "../page-data.ts";
import type { SiteData } from "./site-data.ts";

const LISTS = [
  "frontPages",
  "keywords",
  "keywordPages",
  "outlets",
  "outletPages",
  "translators",
  "translatorPages",
  "sections",
  "sectionPages",
  "years",
  "monthPages",
  "related",
  "pictures",
  "card",
  "siteFeed",
  "groupFeeds",
  "sitemaps",
  "unpublished",
] as const satisfies readonly (keyof SiteData)[];

/** The lists as layouts read them: `lists.keywords`, `lists.related`… */
export type Lists = Pick<SiteData, (typeof LISTS)[number]>;

export function siteDataPlugin(eleventyConfig: UserConfig, { live }: { live: LiveContent }): void {
  eleventyConfig.addGlobalData("site", () => sharedByPages(live.data.settings));
  // One key for all the lists, not one each: every page's data reaches its layout through a copy
  // of each key Eleventy has (a proxy's traps per key, ~2 µs each), for every one of 14,500 pages
  // at 10,000 articles.
  eleventyConfig.addGlobalData("lists", () => {
    const { data } = live;
    return Object.freeze(Object.fromEntries(LISTS.map((name) => [name, data[name]]))) as Lists;
  });
}

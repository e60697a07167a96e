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

export function siteDataPlugin(eleventyConfig: UserConfig, { live }: { live: LiveContent }): void {
  eleventyConfig.addGlobalData("site", () => sharedByPages(live.data.settings));
  for (const name of LISTS) {
    eleventyConfig.addGlobalData(name, () => sharedByPages(live.data[name]));
  }
}

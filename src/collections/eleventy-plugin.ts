// Gives layouts the lists computed from content: front pages, keyword pages and the index.
// Each is read at build time, so a preview rebuild sees content reloaded after an edit.
import type UserConfig from "@11ty/eleventy/UserConfig";
import type { LiveContent } from "../live-content.ts";

export function siteDataPlugin(eleventyConfig: UserConfig, { live }: { live: LiveContent }): void {
  eleventyConfig.addGlobalData("site", () => live.data.settings);
  eleventyConfig.addGlobalData("frontPages", () => live.data.frontPages);
  eleventyConfig.addGlobalData("keywords", () => live.data.keywords);
  eleventyConfig.addGlobalData("keywordPages", () => live.data.keywordPages);
}

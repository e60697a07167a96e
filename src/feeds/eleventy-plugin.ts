// Feeds in Eleventy: the site feed's article bodies with absolute links. What the feeds say is
// computed in src/feeds/feeds.ts; the feed templates live in layouts/pages/.
import type UserConfig from "@11ty/eleventy/UserConfig";
import type { FilterContext } from "../filters.ts";
import { withAbsoluteLinks } from "./feeds.ts";

export function feedsPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.addFilter(
    "withAbsoluteLinks",
    async function (this: FilterContext, html: string, pageUrl: string) {
      return withAbsoluteLinks(html, pageUrl, this.ctx.newsroom.data.address);
    },
  );
}

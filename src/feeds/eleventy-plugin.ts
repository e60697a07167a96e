// Feeds in Eleventy: the site feed's article bodies with absolute links. What the feeds say is
// computed in src/feeds/feeds.ts; the feed templates live in layouts/pages/.
import type UserConfig from "@11ty/eleventy/UserConfig";
import type { LiveContent } from "../live-content.ts";
import { withAbsoluteLinks } from "./feeds.ts";

/** A filter's view of the page's data: the build's content (see src/filters.ts). */
interface FilterContext {
  ctx: { newsroom: LiveContent };
}

export function feedsPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.addFilter(
    "withAbsoluteLinks",
    async function (this: FilterContext, html: string, pageUrl: string) {
      return withAbsoluteLinks(html, pageUrl, this.ctx.newsroom.data.address);
    },
  );
}

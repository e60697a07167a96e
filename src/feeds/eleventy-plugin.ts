// Feeds in Eleventy: the official feed plugin (its filters, and the HTML base plugin whose
// transforms make links in the site feed's article bodies absolute), and the site feed's entries
// paired with the article bodies Eleventy rendered. The feed templates live in layouts/pages/.

import type UserConfig from "@11ty/eleventy/UserConfig";
import { rssPlugin } from "@11ty/eleventy-plugin-rss";
import type { LiveContent } from "../live-content.ts";

/** A collection item as the site feed reads it. */
interface RenderedItem {
  url: string;
  data: { article?: unknown };
}

export function feedsPlugin(eleventyConfig: UserConfig, { live }: { live: LiveContent }): void {
  eleventyConfig.addPlugin(rssPlugin);
  // Templates that read this collection are rendered after the articles: see feed.njk's
  // eleventyImport.
  eleventyConfig.addCollection("siteFeedEntries", (collections: { getAll(): unknown[] }) => {
    const rendered = new Map<string, RenderedItem>();
    for (const item of collections.getAll() as RenderedItem[]) {
      if (item.data.article) rendered.set(item.url, item);
    }
    return live.data.siteFeed.entries.map((entry) => ({ entry, item: rendered.get(entry.url) }));
  });
}

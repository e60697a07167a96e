// The newsroom site as Eleventy builds it. Each line hands one capability from src/ to Eleventy;
// the build script validates content/ first and passes it in.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { HtmlBasePlugin } from "@11ty/eleventy";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { assetsPlugin } from "./src/assets.ts";
import { siteDataPlugin } from "./src/collections/eleventy-plugin.ts";
import { contentPlugin } from "./src/content/eleventy-plugin.ts";
import { loadValidContent } from "./src/content/load.ts";
import { feedsPlugin } from "./src/feeds/eleventy-plugin.ts";
import { filtersPlugin } from "./src/filters.ts";
import { picturesPlugin } from "./src/images.ts";
import { LiveContent } from "./src/live-content.ts";
import { createMarkdown } from "./src/markdown.ts";
import { searchPlugin } from "./src/search/eleventy-plugin.ts";
import { securityPolicyPlugin } from "./src/security/policy.ts";
import { sitePagesPlugin } from "./src/site-pages.ts";

const ROOT = path.dirname(fileURLToPath(import.meta.url));
const LAYOUTS = path.join(ROOT, "layouts");

export interface SiteOptions {
  /** Validated content; read from the input folder when Eleventy runs this file on its own. */
  live?: LiveContent;
}

export default function newsroomSite(eleventyConfig: UserConfig, options: SiteOptions = {}): void {
  const live =
    options.live ??
    new LiveContent(loadValidContent((eleventyConfig.directories as { input: string }).input));

  // Layouts and partials: markup only.
  eleventyConfig.setIncludesDirectory(path.relative(live.content.directory, LAYOUTS));
  // Articles and pages from content/, validated, with their URLs.
  eleventyConfig.addPlugin(contentPlugin, { live });
  // Article bodies: markdown-it, typographic quotes, ids on subheadings, raw HTML sanitized.
  eleventyConfig.setLibrary("md", createMarkdown());
  // Lists for layouts: front pages, keyword, outlet, translator, section and month pages,
  // related stories, feeds, sitemaps.
  eleventyConfig.addPlugin(siteDataPlugin, { live });
  // Pages the site makes itself: front page, lists and indexes, search, 404, feeds, sitemaps.
  eleventyConfig.addPlugin(sitePagesPlugin, { folder: path.join(LAYOUTS, "pages") });
  // Atom feeds: the official feed plugin, and the site feed's rendered articles.
  eleventyConfig.addPlugin(feedsPlugin, { live });
  // Lead pictures and the site's card, processed before the build, written to /img/.
  eleventyConfig.addPlugin(picturesPlugin, { live });
  // Dates as readers and machines read them, absolute addresses, structured data; writing direction.
  eleventyConfig.addPlugin(filtersPlugin, { live });
  // Content Security Policy in every page: what may load and run.
  eleventyConfig.addPlugin(securityPolicyPlugin);
  // Search: the filters, sort date and result date Pagefind records from each article page.
  eleventyConfig.addPlugin(searchPlugin, { live });
  // Stylesheet and search script under hashed names.
  eleventyConfig.addPlugin(assetsPlugin, {
    stylesheet: path.join(LAYOUTS, "css", "site.css"),
    searchScript: path.join(ROOT, "src", "search", "client.ts"),
  });
  // Hosting under a sub-path (--base /news/): every URL in every page gets the prefix.
  eleventyConfig.addPlugin(HtmlBasePlugin);
}

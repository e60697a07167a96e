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
import { searchPlugin } from "./src/search/eleventy-plugin.ts";
import { securityPolicyPlugin } from "./src/security/policy.ts";
import { sitePagesPlugin } from "./src/site-pages.ts";
import { teasersPlugin } from "./src/teasers.ts";

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
  // Eleventy reads no content file: the site's pages are its own templates (layouts/pages/),
  // given the content as data. (Plugins cannot set this: Eleventy reads it before them.)
  eleventyConfig.setTemplateFormats(["njk"]);
  // Articles and pages from content/, validated, as data; their Markdown through markdown-it.
  eleventyConfig.addPlugin(contentPlugin, { live });
  // Lists for layouts: front pages, keyword, outlet, translator, section and month pages,
  // related stories, feeds, sitemaps.
  eleventyConfig.addPlugin(siteDataPlugin, { live });
  // Pages the site makes itself: front page, lists and indexes, search, 404, feeds, sitemaps.
  eleventyConfig.addPlugin(sitePagesPlugin, {
    folder: path.join(LAYOUTS, "pages"),
    layouts: LAYOUTS,
  });
  // Teasers in lists and related stories: each article's rendered once, then reused.
  eleventyConfig.addPlugin(teasersPlugin);
  // Atom feeds: the site feed carries whole articles, their links absolute.
  eleventyConfig.addPlugin(feedsPlugin);
  // Lead pictures and the site's card, processed before the build, written to /img/.
  eleventyConfig.addPlugin(picturesPlugin, { live });
  // Dates as readers and machines read them, absolute addresses, structured data; writing direction.
  eleventyConfig.addPlugin(filtersPlugin, { live });
  // Content Security Policy in every page: what may load and run.
  eleventyConfig.addPlugin(securityPolicyPlugin);
  // Search: the filters, sort date and result date Pagefind records from each article page.
  eleventyConfig.addPlugin(searchPlugin);
  // Stylesheet and search script under hashed names.
  eleventyConfig.addPlugin(assetsPlugin, {
    stylesheet: path.join(LAYOUTS, "css", "site.css"),
    searchScript: path.join(ROOT, "src", "search", "client.ts"),
  });
  // Hosting under a sub-path (--base /news/): every URL in every page gets the prefix.
  eleventyConfig.addPlugin(HtmlBasePlugin);
}

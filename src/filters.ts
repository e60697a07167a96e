// The site's own template filters: dates as readers and machines read them, absolute addresses,
// structured data, and writing direction.
//
// Eleventy keeps compiled layouts for the whole process, keyed by the content folder, together
// with the filters of the build that first used them. So filters never hold the content in a
// closure: they read the build's LiveContent from the page's data (`newsroom`), and two builds
// of one folder in one process (tests, a preview beside a build) each see their own.
import type UserConfig from "@11ty/eleventy/UserConfig";
import { type Article, directionOf } from "./article/article.ts";
import { isolate } from "./bidi.ts";
import { type PublicationDate, withOffset } from "./dates.ts";
import type { LiveContent } from "./live-content.ts";
import { jsonForScript, newsArticleOf } from "./metadata/structured-data.ts";

/** A filter's view of the page's data: the build's content. */
export interface FilterContext {
  ctx: { newsroom: LiveContent };
}

export function filtersPlugin(eleventyConfig: UserConfig, { live }: { live: LiveContent }): void {
  eleventyConfig.addGlobalData("newsroom", () => live);

  // RFC 3339 with the offset: for meta tags, feeds and sitemaps.
  eleventyConfig.addFilter("withOffset", function (this: FilterContext, date: PublicationDate) {
    return withOffset(date, this.ctx.newsroom.content.settings.timeZone);
  });
  // A site-relative URL as an absolute address, base path included.
  eleventyConfig.addFilter("absolute", function (this: FilterContext, url: string) {
    return this.ctx.newsroom.data.address.absolute(url);
  });
  // "enabbaladi.net" from "https://www.enabbaladi.net/", to name a link to another site.
  eleventyConfig.addFilter("hostOf", (url: string) => new URL(url).hostname.replace(/^www\./, ""));
  // The article's schema.org NewsArticle, ready to go inside <script type="application/ld+json">.
  eleventyConfig.addFilter("structuredData", function (this: FilterContext, article: Article) {
    const { settings, address, pictures } = this.ctx.newsroom.data;
    return jsonForScript(
      newsArticleOf(article, { settings, address, picture: pictures.get(article.url) }),
    );
  });
  // "ltr" or "rtl" for a language tag: the page's dir follows the site's language.
  eleventyConfig.addFilter("textDirection", (language: string) => directionOf(language));
  // Right-to-left names isolated in plain text such as <title>.
  eleventyConfig.addFilter("isolate", (text: string) => isolate(text));
}

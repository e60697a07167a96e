// Hands validated content to Eleventy as data. Eleventy reads no content file itself: each
// article page and each standalone page is a page of one paginated template
// (layouts/pages/article.njk, page.njk) over the validated articles and pages, and their
// Markdown goes through the site's one renderer. Any other file in the content folder (a README,
// a stray template) is never a page.
//
// Eleventy does per file what it does once per paginated template (read it, parse its front
// matter, work out its data, link it into its dependency graph, look it up among all templates):
// bare Eleventy rendered 10,000 articles in 12.7 s from their files, in 10.2 s from one
// paginated template over the same data.
import type UserConfig from "@11ty/eleventy/UserConfig";
import type { LiveContent } from "../live-content.ts";
import { createMarkdown } from "../markdown.ts";
import { sharedByPages } from "../page-data.ts";
import { SITE_PAGES_FOLDER } from "../site-pages.ts";

/** The data the article pages' template (layouts/pages/article.njk) paginates. */
const ARTICLE_PAGES = "articlePages";

export function contentPlugin(eleventyConfig: UserConfig, { live }: { live: LiveContent }): void {
  // Only the site's own templates (src/site-pages.ts) are pages; eleventy.config.ts has Eleventy
  // read Nunjucks files only.
  eleventyConfig.ignores.add("**/node_modules/**");
  eleventyConfig.addPreprocessor(
    "site-pages-only",
    "njk",
    function (this: { inputPath: string }, data: { pagination?: { data?: string } }) {
      if (!this.inputPath.includes(`/${SITE_PAGES_FOLDER}/`)) return false;
      // Builds that leave out the other pages (see PageSelection) skip their templates.
      if (!live.writing.others && data.pagination?.data !== ARTICLE_PAGES) return false;
      return undefined;
    },
  );

  eleventyConfig.addGlobalData(ARTICLE_PAGES, () => sharedByPages(live.articlesToWrite));
  eleventyConfig.addGlobalData("standalonePages", () =>
    sharedByPages(live.writing.others ? live.content.pages : []),
  );

  // Article and page bodies: markdown-it, typographic quotes, ids on subheadings, raw HTML
  // sanitized. Bodies are Markdown only, never Nunjucks: {{ }} written by an author stays as
  // written.
  const markdown = createMarkdown();
  eleventyConfig.addFilter("markdown", (text: string) => markdown.render(text));
}

// Hands validated content to Eleventy. Eleventy still reads each Markdown file and renders its
// body, but its front matter is replaced by the validated, normalised data: templates never
// see raw YAML, and YAML is parsed once per build.
import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import yaml from "js-yaml";
import type { LiveContent } from "../live-content.ts";
import { sharedByPages } from "../page-data.ts";
import { SITE_PAGES_FOLDER } from "../site-pages.ts";
import { cleanText } from "./front-matter.ts";
import type { Content } from "./load.ts";

type TemplateData = Record<string, unknown>;

/** The data each content file's template gets, by absolute path. */
export function templateDataOf(content: Content): Map<string, TemplateData> {
  // Bodies are Markdown only, never Liquid: {{ }} written by an author stays as written. Their
  // URLs are final too: Eleventy would otherwise compile and render each one as a template.
  const markdownOnly = { templateEngineOverride: "md", dynamicPermalink: false };
  const dataByFile = new Map<string, TemplateData>();
  for (const article of content.articles) {
    dataByFile.set(path.resolve(article.file), {
      ...markdownOnly,
      layout: "article.njk",
      permalink: article.url,
      // Eleventy would otherwise stat the file for a date: slower, and not reproducible.
      date: article.date.iso,
      title: article.title,
      description: article.summary,
      article: sharedByPages(article),
    });
  }
  for (const page of content.pages) {
    dataByFile.set(path.resolve(page.file), {
      ...markdownOnly,
      layout: "page.njk",
      permalink: page.url,
      date: "2000-01-01",
      title: page.title,
      description: page.summary,
      standalone: sharedByPages(page),
    });
  }
  return dataByFile;
}

export function contentPlugin(eleventyConfig: UserConfig, { live }: { live: LiveContent }): void {
  let built = { content: live.content, dataByFile: templateDataOf(live.content) };
  const dataFor = (file: string): TemplateData | undefined => {
    if (built.content !== live.content)
      built = { content: live.content, dataByFile: templateDataOf(live.content) };
    return built.dataByFile.get(path.resolve(file));
  };
  // A file the preview holds back (saved with an error) is skipped, so its page keeps the last
  // good version; its front matter may not even be YAML.
  const isHeldBack = (file: string) => live.heldBack.has(path.resolve(file));

  eleventyConfig.setFrontMatterParsingOptions({
    engines: {
      // Eleventy passes the file it is reading (since 3.0); templates that are not content
      // (the site's own list pages) keep ordinary YAML front matter.
      yaml: (frontMatter: string, options?: { filePath?: string }) => {
        const file = options?.filePath;
        if (file && isHeldBack(file)) return {};
        return (file && dataFor(file)) || yaml.load(frontMatter);
      },
    },
  });

  eleventyConfig.setTemplateFormats(["md", "njk"]);
  eleventyConfig.ignores.add("**/node_modules/**");
  // Only validated articles and pages are pages: any other Markdown or Nunjucks file in the
  // content folder (a README, a stray template) is skipped. Bodies are cleaned as front matter is.
  eleventyConfig.addPreprocessor(
    "content-only",
    "md,njk",
    function (this: { inputPath: string }, _data: unknown, body: string) {
      if (this.inputPath.includes(`/${SITE_PAGES_FOLDER}/`))
        return live.sitePagesPaused ? false : undefined;
      return dataFor(this.inputPath) && !isHeldBack(this.inputPath) ? cleanText(body) : false;
    },
  );
}

// Hands validated content to Eleventy. Eleventy still reads each Markdown file and renders its
// body, but its front matter is replaced by the validated, normalised data: templates never
// see raw YAML, and YAML is parsed once per build.
import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import yaml from "js-yaml";
import type { Article } from "../article/article.ts";
import type { LiveContent } from "../live-content.ts";
import type { Page } from "../page/page.ts";
import { sharedByPages } from "../page-data.ts";
import { SITE_PAGES_FOLDER } from "../site-pages.ts";
import { cleanText } from "./front-matter.ts";
import type { Content } from "./load.ts";

type TemplateData = Record<string, unknown>;

type DataOfFile = (file: string) => TemplateData | undefined;

/**
 * The data each content file's template gets, looked up by its path. Each file's data is made
 * when Eleventy first reads the file, and kept with the content: the preview starts an Eleventy
 * run for each article saved, and making it for all 10,000 articles took 0.2 s of every save.
 */
function templateDataOf(content: Content): DataOfFile {
  let lookup = dataLookups.get(content);
  if (!lookup) {
    lookup = dataLookup(content);
    dataLookups.set(content, lookup);
  }
  return lookup;
}

const dataLookups = new WeakMap<Content, DataOfFile>();

function dataLookup(content: Content): DataOfFile {
  const makers = new Map<string, () => TemplateData>();
  for (const article of content.articles)
    makers.set(path.resolve(article.file), () => articleData(article));
  for (const page of content.pages) makers.set(path.resolve(page.file), () => pageData(page));
  const made = new Map<string, TemplateData>();
  return (file) => {
    const absolute = path.resolve(file);
    let data = made.get(absolute);
    if (!data) {
      data = makers.get(absolute)?.();
      if (data) made.set(absolute, data);
    }
    return data;
  };
}

// Bodies are Markdown only, never Liquid: {{ }} written by an author stays as written. Their
// URLs are final too: Eleventy would otherwise compile and render each one as a template.
const markdownOnly = { templateEngineOverride: "md", dynamicPermalink: false };

function articleData(article: Article): TemplateData {
  return {
    ...markdownOnly,
    layout: "article.njk",
    permalink: article.url,
    // Eleventy would otherwise stat the file for a date: slower, and not reproducible.
    date: article.date.iso,
    title: article.title,
    description: article.summary,
    article: sharedByPages(article),
  };
}

function pageData(page: Page): TemplateData {
  return {
    ...markdownOnly,
    layout: "page.njk",
    permalink: page.url,
    date: "2000-01-01",
    title: page.title,
    description: page.summary,
    standalone: sharedByPages(page),
  };
}

export function contentPlugin(eleventyConfig: UserConfig, { live }: { live: LiveContent }): void {
  const dataFor = (file: string) => templateDataOf(live.content)(file);
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

// The pages the site makes itself (front page, keyword lists, search, 404): their templates
// live in layouts/pages/ and are handed to Eleventy as virtual templates, so content/ holds
// only what authors write.
import fs from "node:fs";
import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import yaml from "js-yaml";

/** Where the site's own templates appear to Eleventy, inside the input folder. */
export const SITE_PAGES_FOLDER = "_site-pages";

export function sitePagesPlugin(eleventyConfig: UserConfig, { folder }: { folder: string }): void {
  for (const name of fs
    .readdirSync(folder)
    .filter((file) => file.endsWith(".njk"))
    .sort()) {
    const file = path.join(folder, name);
    const template = fs.readFileSync(file, "utf8");
    eleventyConfig.addTemplate(`${SITE_PAGES_FOLDER}/${name}`, template, {
      // Lists, feeds and sitemaps are not content: no collection lists them. Eleventy looks up
      // every collection item among all templates, one by one, so each one costs in proportion
      // to the size of the site.
      eleventyExcludeFromCollections: true,
      ...addressOf(template),
    });
    eleventyConfig.addWatchTarget(file);
  }
}

/**
 * Each page of a paginated template without a permalink of its own is at its item's `url`.
 * Given as a function: Eleventy renders a permalink written in front matter ("{{ listing.url }}")
 * as a Nunjucks template once per page, and a large archive has thousands of list pages.
 */
function addressOf(
  template: string,
): { permalink: (data: Record<string, unknown>) => string } | undefined {
  const frontMatter = /^---\n([\s\S]*?)\n---/.exec(template)?.[1];
  const data = frontMatter ? (yaml.load(frontMatter) as Record<string, unknown>) : {};
  const alias = (data.pagination as { alias?: string } | undefined)?.alias;
  if (!alias || "permalink" in data) return undefined;
  return { permalink: (page) => (page[alias] as { url: string }).url };
}

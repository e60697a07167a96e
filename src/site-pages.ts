// Every page of the site is one of the site's own templates in layouts/pages/ (an article, a
// keyword list, the search page, a feed…): its front matter says which pages it makes and from
// which data, its markup what they look like. content/ holds only what authors write.
//
// Each template is handed to Eleventy as the layout of an empty virtual page with the same front
// matter. Eleventy compiles a layout once, but compiles a page's own markup again for every page
// of a paginated template: 10,000 articles and 4,500 list pages of a large archive.
import fs from "node:fs";
import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import yaml from "js-yaml";

/** Where the site's own templates appear to Eleventy, inside the input folder. */
export const SITE_PAGES_FOLDER = "_site-pages";

type FrontMatter = Record<string, unknown>;

/**
 * @param folder layouts/pages/
 * @param layouts the folder Eleventy takes layouts from, which holds `folder`
 */
export function sitePagesPlugin(
  eleventyConfig: UserConfig,
  { folder, layouts }: { folder: string; layouts: string },
): void {
  for (const name of fs
    .readdirSync(folder)
    .filter((file) => file.endsWith(".njk"))
    .sort()) {
    const file = path.join(folder, name);
    const frontMatter = frontMatterOf(fs.readFileSync(file, "utf8"));
    eleventyConfig.addTemplate(`${SITE_PAGES_FOLDER}/${name}`, "", {
      ...frontMatter,
      layout: path.relative(layouts, file),
      // The page itself is empty: plain HTML, with nothing for Nunjucks to render.
      templateEngineOverride: "html",
      // Lists, feeds and sitemaps are not content: no collection lists them. Eleventy looks up
      // every collection item among all templates, one by one, so each one costs in proportion
      // to the size of the site.
      eleventyExcludeFromCollections: true,
      ...addressOf(frontMatter),
    });
    eleventyConfig.addWatchTarget(file);
  }
}

function frontMatterOf(template: string): FrontMatter {
  const frontMatter = /^---\n([\s\S]*?)\n---/.exec(template)?.[1];
  return frontMatter ? (yaml.load(frontMatter) as FrontMatter) : {};
}

/**
 * Each page of a paginated template without a permalink of its own is at its item's `url`.
 * Given as a function: Eleventy renders a permalink written in front matter ("{{ listing.url }}")
 * as a Nunjucks template once per page, and a large archive has thousands of list pages.
 */
function addressOf(
  frontMatter: FrontMatter,
): { permalink: (data: Record<string, unknown>) => string } | undefined {
  const alias = (frontMatter.pagination as { alias?: string } | undefined)?.alias;
  if (!alias || "permalink" in frontMatter) return undefined;
  return { permalink: (page) => (page[alias] as { url: string }).url };
}

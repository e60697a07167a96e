// The pages the site makes itself (front page, keyword lists, search, 404): their templates
// live in layouts/pages/ and are handed to Eleventy as virtual templates, so content/ holds
// only what authors write.
import fs from "node:fs";
import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";

/** Where the site's own templates appear to Eleventy, inside the input folder. */
export const SITE_PAGES_FOLDER = "_site-pages";

export function sitePagesPlugin(eleventyConfig: UserConfig, { folder }: { folder: string }): void {
  for (const name of fs
    .readdirSync(folder)
    .filter((file) => file.endsWith(".njk"))
    .sort()) {
    const file = path.join(folder, name);
    eleventyConfig.addTemplate(`${SITE_PAGES_FOLDER}/${name}`, fs.readFileSync(file, "utf8"));
    eleventyConfig.addWatchTarget(file);
  }
}

// The floor npm run bench compares the build with, first half: bare Eleventy rendering every
// article of a corpus with one minimal layout, Markdown only, no plugin, no data of ours.
// (The second half is the Pagefind CLI on its output.)
// node scripts/run-bundled.mjs scripts/bench/floor-eleventy.ts CONTENT OUTPUT
import path from "node:path";
import { fileURLToPath } from "node:url";
import Eleventy from "@11ty/eleventy";

const [content, output] = process.argv.slice(2);
if (!content || !output) {
  console.error(
    "Usage: node scripts/run-bundled.mjs scripts/bench/floor-eleventy.ts CONTENT OUTPUT",
  );
  process.exit(1);
}
const layouts = path.dirname(fileURLToPath(import.meta.url));
const eleventy = new Eleventy(path.join(content, "articles"), output, {
  quietMode: true,
  configPath: false as unknown as string,
  config: (eleventyConfig: {
    setTemplateFormats(formats: string[]): void;
    setIncludesDirectory(folder: string): void;
    addGlobalData(name: string, value: unknown): void;
  }) => {
    eleventyConfig.setTemplateFormats(["md"]);
    eleventyConfig.setIncludesDirectory(path.relative(path.join(content, "articles"), layouts));
    eleventyConfig.addGlobalData("layout", "floor.njk");
    // As in the build: bodies are Markdown, not Liquid.
    eleventyConfig.addGlobalData("templateEngineOverride", "md");
  },
});
const written = (await eleventy.write()) as unknown as unknown[][];
console.log(`Floor: Eleventy wrote ${written.flat().length} pages.`);

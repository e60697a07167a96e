// npm start [-- --content DIR --output DIR --port 8080 --base /news/ --now 2025-11-20T09:00+03:00]
// A live preview: rebuilds after every save, refreshes the search index, reloads the browser.
// Drafts and articles dated in the future are shown, marked, so authors can read them first.
import path from "node:path";
import { parseArgs } from "node:util";
import Eleventy from "@11ty/eleventy";
import newsroomSite from "../eleventy.config.ts";
import { PICTURE_EXTENSIONS } from "../src/article/checks.ts";
import { normaliseBase } from "../src/build.ts";
import { parseNow, reportProblems, runCommand } from "../src/cli.ts";
import { ARTICLES_DIR, contentIsValid, loadContent, SETTINGS_FILE } from "../src/content/load.ts";
import { LiveContent } from "../src/live-content.ts";
import { KEYWORDS_FILE } from "../src/registries/keywords.ts";
import { OUTLETS_FILE } from "../src/registries/outlets.ts";
import { indexArticles } from "../src/search/indexer.ts";

await runCommand(async () => {
  const { values } = parseArgs({
    options: {
      content: { type: "string", default: "content" },
      output: { type: "string", default: "_site" },
      port: { type: "string", default: "8080" },
      base: { type: "string", default: "/" },
      now: { type: "string" },
      debug: { type: "boolean", default: false },
    },
  });
  const now = parseNow(values.now);
  if (now && "error" in now) {
    console.error(now.error);
    return 1;
  }
  const content = loadContent(values.content);
  reportProblems(content.problems);
  if (!contentIsValid(content)) {
    console.error("Fix the problems above, then start the preview again.");
    return 1;
  }
  const base = normaliseBase(values.base);
  // The clock, unless --now fixes the moment the preview marks scheduled articles against.
  const live = new LiveContent(content, {
    preview: true,
    base,
    now: now ? () => now.getTime() : Date.now,
  });
  reportProblems(await live.preparePictures());
  const eleventy = new Eleventy(content.directory, path.resolve(values.output), {
    runMode: "serve",
    quietMode: true,
    pathPrefix: base,
    configPath: false as unknown as string,
    config: (eleventyConfig: never) => {
      newsroomSite(eleventyConfig, { live });
      const config = eleventyConfig as unknown as {
        on(event: string, handler: (...args: never[]) => unknown): void;
        addWatchTarget(target: string): void;
      };
      config.addWatchTarget(path.join(content.directory, SETTINGS_FILE));
      config.addWatchTarget(path.join(content.directory, OUTLETS_FILE));
      config.addWatchTarget(path.join(content.directory, KEYWORDS_FILE));
      // A replaced picture rebuilds too (its renditions are made again, keyed by its bytes).
      config.addWatchTarget(
        path.join(content.directory, ARTICLES_DIR, `**/*{${PICTURE_EXTENSIONS.join(",")}}`),
      );
      config.on("eleventy.beforeWatch", async () => {
        const next = live.reload();
        reportProblems(next.problems);
        if (!contentIsValid(next))
          console.error("The preview shows the last version without errors.");
        reportProblems(await live.preparePictures());
      });
      config.on("eleventy.after", async ({ directories }: { directories: { output: string } }) => {
        const search = await indexArticles(
          directories.output,
          live.content.articles.length,
          live.content.settings.language,
        );
        console.log(
          `Preview updated: ${live.content.articles.length} articles, ${search.pages} searchable.`,
        );
      });
    },
  });
  await eleventy.init();
  await eleventy.watch();
  await eleventy.serve(Number(values.port));
  // Keep running until the author stops it with Ctrl+C.
  return await new Promise<number>(() => {});
});

// npm start [-- --content DIR --output DIR --port 8080 --base /news/]
// A live preview: rebuilds after every save, refreshes the search index, reloads the browser.
import path from "node:path";
import { parseArgs } from "node:util";
import Eleventy from "@11ty/eleventy";
import newsroomSite from "../eleventy.config.ts";
import { normaliseBase } from "../src/build.ts";
import { reportProblems, runCommand } from "../src/cli.ts";
import { contentIsValid, loadContent, SETTINGS_FILE } from "../src/content/load.ts";
import { LiveContent } from "../src/live-content.ts";
import { indexArticles } from "../src/search/indexer.ts";

await runCommand(async () => {
  const { values } = parseArgs({
    options: {
      content: { type: "string", default: "content" },
      output: { type: "string", default: "_site" },
      port: { type: "string", default: "8080" },
      base: { type: "string", default: "/" },
      debug: { type: "boolean", default: false },
    },
  });
  const content = loadContent(values.content);
  reportProblems(content.problems);
  if (!contentIsValid(content)) {
    console.error("Fix the problems above, then start the preview again.");
    return 1;
  }
  const live = new LiveContent(content);
  const eleventy = new Eleventy(content.directory, path.resolve(values.output), {
    runMode: "serve",
    quietMode: true,
    pathPrefix: normaliseBase(values.base),
    configPath: false as unknown as string,
    config: (eleventyConfig: never) => {
      newsroomSite(eleventyConfig, { live });
      const config = eleventyConfig as unknown as {
        on(event: string, handler: (...args: never[]) => unknown): void;
        addWatchTarget(target: string): void;
      };
      config.addWatchTarget(path.join(content.directory, SETTINGS_FILE));
      config.on("eleventy.beforeWatch", () => {
        const next = live.reload();
        reportProblems(next.problems);
        if (!contentIsValid(next))
          console.error("The preview shows the last version without errors.");
      });
      config.on("eleventy.after", async ({ directories }: { directories: { output: string } }) => {
        const search = await indexArticles(
          directories.output,
          live.content.articles,
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

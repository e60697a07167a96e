// npm start [-- --content DIR --output DIR --port 8080 --base /news/ --now 2025-11-20T09:00+03:00]
// A live preview: rebuilds after every save, refreshes the search index, reloads the browser.
// Drafts and articles dated in the future are shown, marked, so authors can read them first.
//
// Eleventy builds the whole site at the start and again after a change to the settings, a
// registry, a standalone page, a picture or a layout. An article saved is handled apart, as an
// archive of ten thousand must not be rebuilt for a typo: only its file is read again, only its
// page is written (by an Eleventy run over that one article), the browser reloads, and then the
// search index takes the new page. Lists (front page, keyword pages, feeds) keep their last
// version until the next whole build.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import Eleventy from "@11ty/eleventy";
import newsroomSite from "../eleventy.config.ts";
import { PICTURE_EXTENSIONS } from "../src/article/checks.ts";
import { normaliseBase } from "../src/build.ts";
import { parseNow, reportProblems, runCommand } from "../src/cli.ts";
import {
  ARTICLES_DIR,
  contentIsValid,
  loadContent,
  PAGES_DIR,
  SETTINGS_FILE,
} from "../src/content/load.ts";
import { EVERY_PAGE, LiveContent } from "../src/live-content.ts";
import { KEYWORDS_FILE } from "../src/registries/keywords.ts";
import { OUTLETS_FILE } from "../src/registries/outlets.ts";
import { pageFileOf } from "../src/search/indexer.ts";
import { LiveSearchIndex } from "../src/search/live-index.ts";

/** How long a file must stay untouched before it is read: editors truncate, then write. */
const QUIET_MS = 50;

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
  const output = path.resolve(values.output);
  const articlesFolder = path.join(content.directory, ARTICLES_DIR);
  const search = new LiveSearchIndex(output, content.settings.language);
  let articles: ArticleWatch | undefined;
  let wholeBuild: Promise<void> | undefined;
  let endWholeBuild: (() => void) | undefined;
  /** Eleventy's options for the whole builds it runs as it watches, or for one quick build. */
  const eleventyOptions = (watching: boolean) => ({
    runMode: "serve" as const,
    quietMode: true,
    pathPrefix: base,
    configPath: false as unknown as string,
    config: (eleventyConfig: never) => {
      newsroomSite(eleventyConfig, { live });
      const config = eleventyConfig as unknown as {
        on(event: string, handler: (...args: never[]) => unknown): void;
        addWatchTarget(target: string): void;
        watchIgnores: Set<string>;
      };
      if (!watching) return;
      config.addWatchTarget(path.join(content.directory, SETTINGS_FILE));
      config.addWatchTarget(path.join(content.directory, OUTLETS_FILE));
      config.addWatchTarget(path.join(content.directory, KEYWORDS_FILE));
      config.addWatchTarget(path.join(content.directory, PAGES_DIR, "**/*.md"));
      // A replaced picture rebuilds too (its renditions are made again, keyed by its bytes).
      config.addWatchTarget(path.join(articlesFolder, `**/*{${PICTURE_EXTENSIONS.join(",")}}`));
      // Articles are watched below, not by Eleventy (which takes only "**/" patterns as given).
      config.watchIgnores.add(`**/${ARTICLES_DIR}/**/*.md`);
      config.on("eleventy.beforeWatch", async () => {
        // One build at a time: a whole build waits for an article being written, and the other
        // way round (see articlesSaved).
        await articles?.idle();
        wholeBuild = new Promise((resolve) => {
          endWholeBuild = resolve;
        });
        const next = live.reload();
        reportProblems(next.problems);
        if (!contentIsValid(next))
          console.error("The preview shows the last version without errors.");
        reportProblems(await live.preparePictures());
      });
      // After every whole build, also one that failed.
      config.on("eleventy.afterwatch", () => {
        endWholeBuild?.();
        wholeBuild = undefined;
      });
      config.on("eleventy.after", () => {
        console.log(`Preview updated: ${live.content.articles.length} articles.`);
        updateSearch(live.content.articles.map((article) => article.url));
      });
    },
  });

  /** Brings the search index up to date with the pages just written, after the reload. */
  const updateSearch = (written: string[]) => {
    const urls = live.content.articles.map((article) => article.url);
    search.update(urls, written).then(
      (update) =>
        console.log(
          `Search updated: ${update.indexed} page(s) indexed, ${update.pages} searchable.`,
        ),
      (error: unknown) => console.error(`The search index could not be updated: ${error}`),
    );
  };

  const eleventy = new Eleventy(content.directory, output, eleventyOptions(true));
  await eleventy.init();
  await eleventy.watch();
  await eleventy.serve(Number(values.port));
  const browsers = (eleventy as unknown as { eleventyServe: BrowserReload }).eleventyServe;

  /** Reads saved articles again and writes their pages alone, then reloads the browser. */
  const articlesSaved = async (files: string[]) => {
    const saved = performance.now();
    await wholeBuild;
    const before = live.content.articles;
    const held = [...live.heldBack];
    const next = live.reload(files);
    reportProblems(next.problems);
    if (!contentIsValid(next)) {
      console.error("The preview shows the last version without errors.");
      return;
    }
    if (!live.listsKept) reportProblems(await live.preparePictures());
    // Eleventy never deletes a page: the page of a deleted (or renamed) article goes here.
    const urls = new Set(live.content.articles.map((article) => article.url));
    for (const article of before) {
      if (!urls.has(article.url)) fs.rmSync(pageFileOf(output, article.url), { force: true });
    }
    // Files saved while another had an error were held back: written now, with these.
    const toWrite = [...new Set([...files.map((file) => path.resolve(file)), ...held])].filter(
      (file) => fs.existsSync(file),
    );
    const written = toWrite.length > 0 ? await writeArticlePages(toWrite) : [];
    await browsers.reload({ files });
    const lists = live.listsKept ? "" : " Lists show the change after the next whole build.";
    console.log(
      `Preview updated in ${Math.round(performance.now() - saved)} ms: ${written.join(", ") || "no page"} written.${lists}`,
    );
    updateSearch(written);
  };

  /** Renders the pages of these article files, and no other page, into the output. */
  const writeArticlePages = async (files: string[]): Promise<string[]> => {
    live.writing = { articles: new Set(files), others: false };
    try {
      const quick = new Eleventy(content.directory, output, eleventyOptions(false));
      const [, templates] = (await quick.write()) as unknown as [unknown, PageWritten[][]];
      return templates.flat().flatMap((page) => (page?.url ? [page.url] : []));
    } finally {
      live.writing = EVERY_PAGE;
    }
  };

  // Eleventy compiles the layouts on its first run in a process: done now, with the newest
  // article's page written again as it is, the author's first save is as quick as the next.
  const newest = live.content.articles[0];
  if (newest) await writeArticlePages([path.resolve(newest.file)]);
  articles = watchArticles(articlesFolder, articlesSaved);
  console.log("Ready: the browser reloads after every save.");
  // Keep running until the author stops it with Ctrl+C.
  return await new Promise<number>(() => {});
});

type PageWritten = { url?: string } | undefined;

interface BrowserReload {
  reload(event: { files: string[] }): Promise<void>;
}

/**
 * Calls `saved` with the Markdown files added, changed or deleted under `folder`, one call at a
 * time: files saved while a call runs come in the next one. Editors save in several steps (a
 * temporary file, a rename): a short quiet moment gathers them.
 */
interface ArticleWatch {
  /** Resolves once no saved article is being handled. */
  idle(): Promise<void>;
}

function watchArticles(folder: string, saved: (files: string[]) => Promise<void>): ArticleWatch {
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  const flush = async () => {
    if (running || pending.size === 0) return;
    const files = [...pending];
    pending.clear();
    running = saved(files).catch((error: unknown) => console.error(error));
    await running;
    running = undefined;
    await flush();
  };
  fs.watch(folder, { recursive: true }, (_event, name) => {
    if (!name?.endsWith(".md") || name.split(path.sep).some((part) => part.startsWith("."))) return;
    pending.add(path.join(folder, name));
    clearTimeout(timer);
    timer = setTimeout(flush, QUIET_MS);
  });
  return {
    idle: async () => {
      while (running) await running;
    },
  };
}

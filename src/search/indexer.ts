// Builds the Pagefind search index of a built site: article pages only, the same index files
// for the same pages.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";

export interface SearchIndexReport {
  pages: number;
  /** Where the bundle was written: <output>/pagefind */
  bundle: string;
}

export class SearchIndexError extends Error {
  override name = "SearchIndexError";
}

export const SEARCH_BUNDLE_DIR = "pagefind";

/** The page file Eleventy wrote for a site-relative URL ending in "/". */
export function pageFileOf(outputDir: string, url: string): string {
  return path.join(outputDir, url, "index.html");
}

/** Every article page: /YYYY/MM/slug/index.html (src/article/article.ts gives them that URL). */
export const ARTICLE_PAGES = "[0-9][0-9][0-9][0-9]/[0-9][0-9]/*/index.html";

/**
 * The part of an article page Pagefind reads (layouts/pages/article.njk): the headline, the body
 * and everything search records about the article, without the page around them. Reading whole
 * pages (the head, navigation, attribution, related stories) was an eighth more of Pagefind's
 * work: 4.76 against 4.23 billion instructions for 300 pages (callgrind), for the same index
 * files. The tag name comes first so that other elements are passed over at once.
 */
export const INDEXED_ROOT = "div[data-pagefind-body]";

/**
 * Indexes the `articles` article pages under `outputDir` and writes the bundle beside them, with
 * the Pagefind CLI: it reads the files itself, on every core, in its own fixed order, so the same
 * pages always give the same index files. (Pagefind's Node API took 46 s where the CLI took 37 s
 * on the same 10,000 pages, most of it in writing; the preview keeps using the API, which can
 * update one page.) The CLI says "Indexed N pages" and names its errors; both are checked.
 */
export async function indexArticles(
  outputDir: string,
  articles: number,
  language: string,
  /** Stops Pagefind (the build failed meanwhile). */
  signal?: AbortSignal,
): Promise<SearchIndexReport> {
  if (articles === 0) throw new SearchIndexError("there are no articles to index for search");
  const bundle = path.join(outputDir, SEARCH_BUNDLE_DIR);
  const args = ["--site", outputDir, "--glob", ARTICLE_PAGES, "--output-path", bundle];
  args.push("--root-selector", INDEXED_ROOT);
  args.push("--force-language", language.split("-")[0] as string);
  const { code, output } = await run(pagefindBinary(), args, signal);
  if (signal?.aborted) {
    throw new SearchIndexError("the build stopped before the search index was written");
  }
  const errors = output.split("\n").filter((line) => line.startsWith("Error:"));
  if (code !== 0 || errors.length > 0) {
    throw new SearchIndexError(
      `Pagefind could not index the pages: ${errors.join("; ") || `exit code ${code}\n${output}`}`,
    );
  }
  const pages = Number(/^\s*Indexed (\d+) pages?$/m.exec(output)?.[1] ?? 0);
  if (pages !== articles) {
    throw new SearchIndexError(`Pagefind found ${pages} article pages for ${articles} articles`);
  }
  return { pages, bundle };
}

/** The Pagefind executable the npm package installed for this platform (as its own CLI finds it). */
function pagefindBinary(): string {
  const platform = `${process.platform}-${os.arch()}`;
  return createRequire(import.meta.url).resolve(`@pagefind/${platform}/bin/pagefind_extended`);
}

/**
 * Pagefind allocates with jemalloc, which keeps memory it freed for ten seconds before giving it
 * back: Pagefind frees what it read of the pages while it builds the index, and holding both
 * made its peak. Given back after a tenth of a second, the peak of indexing 10,000 articles
 * went from 2.94 GB to 2.56 GB, 2,000 from 590 MB to 517 MB, in the same time (two runs each at
 * 10,000: 30.6 and 34.1 s against 32.2 and 31.8 s). With no delay at all, it took 6 s longer.
 */
const PAGEFIND_MEMORY = "dirty_decay_ms:100";

function run(
  command: string,
  args: string[],
  signal?: AbortSignal,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      stdio: ["ignore", "pipe", "pipe"],
      signal,
      env: { ...process.env, _RJEM_MALLOC_CONF: PAGEFIND_MEMORY },
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk;
    });
    child.stderr.on("data", (chunk: Buffer) => {
      output += chunk;
    });
    // Stopped, it is waited for all the same: it may still be writing into the folder.
    child.on("error", (error) => {
      if (error.name !== "AbortError") reject(error);
    });
    child.on("close", (code) => resolve({ code, output }));
  });
}

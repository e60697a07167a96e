// One build of the site: validate content, render it with Eleventy into a fresh folder, index it
// for search, and only then put it in place of the previous output. A failed build leaves the
// published folder exactly as it was; a successful one holds nothing of the previous build.
import fs from "node:fs/promises";
import path from "node:path";
import type { Content } from "./content/load.ts";
import type { ContentProblem } from "./content/problems.ts";
import { displayPath } from "./content/problems.ts";
import { isRunning, takeOutputTurn } from "./output-lock.ts";
import type { ArticlesWritten, Rendered, RenderOptions } from "./render.ts";
import { type ContentWarnings, renderInOwnProcess } from "./render-process.ts";
import { indexArticles, type SearchIndexReport } from "./search/indexer.ts";

export interface BuildOptions {
  contentDir: string;
  outputDir: string;
  /** URL path the site is served under, e.g. "/news/"; "/" at the root. */
  base?: string;
  /** Print Eleventy's own log lines. */
  verbose?: boolean;
  /** The site's absolute address, in place of the settings' url (--url). */
  url?: string;
  /** The moment the build treats as now: articles dated later wait. The clock by default. */
  now?: Date;
  /** Where processed pictures are kept from one build to the next. */
  imageCache?: string;
  /** Told, with its process id, when another build of the same output runs: this one waits. */
  waiting?: (holder: number) => void;
}

export type BuildResult<Carried = Content> =
  | {
      ok: true;
      /** What was published (drafts and scheduled articles left out), or its warnings alone. */
      content: Carried;
      /** Articles published. */
      articles: number;
      /** Articles in the content folder that were left out. */
      withheld: { drafts: number; scheduled: number };
      pagesWritten: number;
      pagesIndexed: number;
      seconds: number;
      /** Where the time went, in seconds. */
      steps: BuildSteps;
    }
  | { ok: false; problems: ContentProblem[] };

export interface BuildSteps {
  /** Reading and validating the content folder. */
  checking: number;
  pictures: number;
  /** Eleventy rendering every page. */
  pages: number;
  /** Pagefind reading the article pages and writing its index. */
  search: number;
}

/** An option the build cannot use (an output folder it must not replace, a base that is not a
 * path); the message says what to do instead. */
export class BuildOptionError extends Error {
  override name = "BuildOptionError";
}

/**
 * Builds the site with Eleventy in this process: the validated content comes back with the
 * result (tests and scripts look into it).
 */
export function buildSite(options: BuildOptions): Promise<BuildResult> {
  return buildWith(options, async (renderOptions, articlesWritten) =>
    (await import("./render.ts")).renderSite(renderOptions, articlesWritten),
  );
}

/**
 * Builds the site with Eleventy in a Node process of its own (npm run build): everything it holds
 * while rendering is handed back to the machine before Pagefind, the other large step, starts.
 * Only the content's warnings come back. (This process never loads Eleventy: render.ts is
 * imported only where it runs.)
 */
export function publishSite(options: BuildOptions): Promise<BuildResult<ContentWarnings>> {
  return buildWith(options, renderInOwnProcess);
}

type Renderer<Carried> = (
  options: RenderOptions,
  articlesWritten: (written: ArticlesWritten) => void,
) => Promise<Rendered<Carried>>;

async function buildWith<Carried>(
  options: BuildOptions,
  render: Renderer<Carried>,
): Promise<BuildResult<Carried>> {
  const base = normaliseBase(options.base);
  const outputDir = path.resolve(options.outputDir);
  await checkOutputFolder(outputDir, path.resolve(options.contentDir));
  // Another build of this folder ends first, so that the content read below is the newest.
  const turn = await takeOutputTurn(outputDir, options.waiting);
  try {
    return await buildInTurn(options, render, base, outputDir);
  } finally {
    await turn.release();
  }
}

async function buildInTurn<Carried>(
  options: BuildOptions,
  render: Renderer<Carried>,
  base: string,
  outputDir: string,
): Promise<BuildResult<Carried>> {
  const started = performance.now();
  await recoverInterruptedBuilds(outputDir);
  const staging = siblingOf(outputDir, "building", process.pid);
  await fs.rm(staging, { recursive: true, force: true });
  // Pagefind reads only article pages: in a large archive it indexes them while the other pages
  // (lists, feeds, sitemaps) are written (src/render-process.ts says when it may start).
  const stopIndexing = new AbortController();
  let indexing: Promise<{ report: SearchIndexReport; seconds: number }> | undefined;
  const startIndexing = ({ articles, language }: ArticlesWritten) => {
    const searchStarted = performance.now();
    indexing = indexArticles(staging, articles, language, stopIndexing.signal).then((report) => ({
      report,
      seconds: (performance.now() - searchStarted) / 1000,
    }));
    // Awaited below; a render that fails first stops it and leaves its error unheard.
    indexing.catch(() => {});
  };
  const discard = async () => {
    stopIndexing.abort();
    await indexing?.catch(() => {});
    await fs.rm(staging, { recursive: true, force: true });
  };
  try {
    const rendered = await render(
      {
        contentDir: options.contentDir,
        outputDir: staging,
        base,
        url: options.url,
        now: options.now?.getTime() ?? Date.now(),
        imageCache: options.imageCache,
        verbose: options.verbose,
      },
      startIndexing,
    );
    if (!rendered.ok) {
      await discard();
      return rendered;
    }
    if (!indexing) throw new Error("the rendering ended without writing the article pages");
    const { report: search, seconds: searchSeconds } = await indexing;
    await replaceFolder(staging, outputDir);
    return {
      ok: true,
      content: rendered.content,
      articles: rendered.articles,
      withheld: rendered.withheld,
      pagesWritten: rendered.pagesWritten,
      pagesIndexed: search.pages,
      seconds: (performance.now() - started) / 1000,
      steps: { ...rendered.steps, search: searchSeconds },
    };
  } catch (error) {
    await discard();
    throw error;
  }
}

/** "/news" and "news/" both mean "/news/". Every link of the site starts with it. */
export function normaliseBase(base = "/"): string {
  const trimmed = base.trim().replace(/^\/+|\/+$/g, "");
  if (!/^([\w.~-]+(\/[\w.~-]+)*)?$/.test(trimmed)) {
    throw new BuildOptionError(
      `--base must be the path the site is served under, such as /news/ (letters, digits and - . _ ~ between slashes), got ${JSON.stringify(base)}`,
    );
  }
  return trimmed ? `/${trimmed}/` : "/";
}

/**
 * The output folder is replaced as a whole, so it must be a folder of built pages: never the
 * content, a folder holding it, the working folder or one above it, nor a folder of other files.
 */
async function checkOutputFolder(output: string, contentDir: string): Promise<void> {
  const shown = displayPath(output) || output;
  const holds = (outer: string, inner: string) => {
    const relative = path.relative(outer, inner);
    return relative === "" || (!relative.startsWith("..") && !path.isAbsolute(relative));
  };
  if (holds(output, contentDir) || holds(output, process.cwd())) {
    throw new BuildOptionError(
      `the output folder ${shown} holds the content or the working folder, and the build replaces the output folder as a whole: choose a folder of its own, such as _site`,
    );
  }
  const stat = await fs.stat(output).catch(() => undefined);
  if (!stat) return;
  if (!stat.isDirectory()) {
    throw new BuildOptionError(
      `the output ${shown} is a file, not a folder: choose a folder for the built site, such as _site`,
    );
  }
  const entries = await fs.readdir(output);
  if (entries.length > 0 && !entries.includes("index.html")) {
    throw new BuildOptionError(
      `the output folder ${shown} holds files that are not a built site (it has no index.html), and the build would replace them: choose an empty or new folder, such as _site`,
    );
  }
}

/** A folder beside the output, on the same file system, so renames between them are atomic. */
function siblingOf(output: string, role: "building" | "previous", pid: number): string {
  return `${output}.${role}-${pid}`;
}

/** Swaps the freshly built folder in: two renames on one file system, no half-written state. */
async function replaceFolder(fresh: string, target: string): Promise<void> {
  const previous = siblingOf(target, "previous", process.pid);
  const hadTarget = await exists(target);
  if (hadTarget) await fs.rename(target, previous);
  try {
    await fs.rename(fresh, target);
  } catch (error) {
    // Put the published site back before reporting.
    if (hadTarget) await fs.rename(previous, target);
    throw error;
  }
  if (hadTarget) await fs.rm(previous, { recursive: true, force: true });
}

/**
 * Cleans up after builds that were killed (power cut, Ctrl+C, CI timeout): their half-built
 * folders are removed, and a published site moved aside but never replaced is put back.
 */
async function recoverInterruptedBuilds(output: string): Promise<void> {
  // It exists: taking the output's turn made it (src/output-lock.ts).
  const folder = path.dirname(output);
  const pattern = new RegExp(
    `^${escapeRegExp(path.basename(output))}\\.(building|previous)-(\\d+)$`,
  );
  const halfBuilt: string[] = [];
  for (const name of (await fs.readdir(folder)).sort()) {
    const match = pattern.exec(name);
    if (!match || isRunning(Number(match[2]))) continue;
    const leftover = path.join(folder, name);
    if (match[1] === "previous" && !(await exists(output))) await fs.rename(leftover, output);
    else await removeFolder(leftover);
    if (match[1] === "building") halfBuilt.push(leftover);
  }
  // A killed build's rendering process notices within 20 ms (src/render-process.ts) and ends,
  // in 0.1–0.25 s for one of 500 MB (measured); it may write a last page as it goes. Its folder
  // is removed again once it has surely ended. Only after a killed build is there one to wait for.
  if (halfBuilt.length === 0) return;
  await new Promise((resolve) => setTimeout(resolve, ORPHAN_END_MS));
  for (const leftover of halfBuilt) await removeFolder(leftover);
}

/** Ample time for a killed build's rendering process to end. */
const ORPHAN_END_MS = 1000;

function removeFolder(folder: string): Promise<void> {
  return fs.rm(folder, { recursive: true, force: true, maxRetries: 5 });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

async function exists(file: string): Promise<boolean> {
  return fs
    .stat(file)
    .then(() => true)
    .catch(() => false);
}

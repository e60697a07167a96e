// npm run build renders in a Node process of its own. Eleventy keeps every page it rendered in
// memory until the end; when that process ends the memory goes back to the machine. Pagefind,
// which needs more still for the search index, starts once that process has ended, or in a large
// archive once the article pages are written, beside the lists (docs/performance.md).
// This file is both sides: the build's (which never loads Eleventy) and the rendering process's.
import { fork } from "node:child_process";
import { type Dirent, readdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { manifestOf } from "./build-cache.js";
import type { Content } from "./content/load.ts";
import { bundleForNode } from "./node-bundle.ts";
import type { ArticlesWritten, Rendered, RenderOptions } from "./render.ts";

/** What comes back from the rendering process: the content's warnings, for the build's report. */
export type ContentWarnings = Pick<Content, "problems">;

type Reply =
  | { type: "articles-written"; written: ArticlesWritten }
  | { type: "rendered"; rendered: Rendered<ContentWarnings> }
  | { type: "failed"; message: string; stack?: string };

const THIS_FILE = fileURLToPath(import.meta.url);

/**
 * renderSite in a Node process of its own, which runs the renderer's code bundled for plain Node.
 * `articlesWritten` is called once the article pages are on disk: from `indexBesideListsFrom`
 * Markdown files up as soon as they are, while the process goes on with the other pages; below
 * that once every page is written and the process has ended.
 */
export async function renderInOwnProcess(
  options: RenderOptions,
  articlesWritten?: (written: ArticlesWritten) => void,
  indexBesideListsFrom = INDEX_BESIDE_LISTS_FROM,
): Promise<Rendered<ContentWarnings>> {
  const script = await rendererScript();
  const files = markdownFilesUpTo(options.contentDir, LARGE_ARCHIVE);
  const beside = files >= indexBesideListsFrom;
  // Node's default heap (about 4 GB here) is too small for the largest archives; the process has
  // the machine to itself while it renders.
  const heap = Math.floor((os.totalmem() * 0.75) / 2 ** 20);
  const child = fork(script, [], {
    execArgv: ["--enable-source-maps", `--max-old-space-size=${heap}`, ...youngGeneration(files)],
    serialization: "advanced",
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  return new Promise((resolve, reject) => {
    let reply: Reply | undefined;
    let writtenLast: ArticlesWritten | undefined;
    child.on("message", (message: Reply) => {
      if (message.type !== "articles-written") reply = message;
      else if (beside) articlesWritten?.(message.written);
      else writtenLast = message.written;
    });
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      if (reply?.type === "rendered") {
        if (writtenLast) articlesWritten?.(writtenLast);
        resolve(reply.rendered);
      } else if (reply?.type === "failed")
        reject(Object.assign(new Error(reply.message), { stack: reply.stack }));
      else reject(new Error(`the rendering process stopped (${signal ?? `exit code ${code}`})`));
    });
    const reportArticles = !articlesWritten ? "never" : beside ? "first" : "last";
    child.send({ options, reportArticles } satisfies Request);
  });
}

/**
 * Below this many articles, Pagefind starts once the rendering process has ended, and the lists
 * are written in the same Eleventy run as the article pages. Beside Pagefind the lists slow it
 * down as much as they gain, and when the disk slowed the lists, a small archive's rendering
 * process (300 MB at 2,000) was still there at Pagefind's peak. Alternating builds in memory:
 * 2,000 articles 10.6–11.4 s against 11.1–12.0 s (four pairs); 3,000 the same (three pairs);
 * from 5,000 indexing beside the lists was faster, at 10,000 by about 3 s (docs/performance.md).
 */
export const INDEX_BESIDE_LISTS_FROM = 3_000;

/** From this many articles up the rendering process gets a larger young generation. */
const LARGE_ARCHIVE = 20_000;

/**
 * V8's young generation, where the objects made for each page live and mostly die, sized to the
 * archive. A large archive renders faster with a larger one: at 50,000 articles, halves of 64 MB
 * instead of V8's 16 MB cut collecting from 17.0 s to 8.2 s and rendering from 124.6 s to 98.3 s.
 * At 10,000 both took the same time, and at 2,000 the larger one held 70 MB more while Pagefind
 * started beside it, which made the build's peak (docs/performance.md).
 */
export function youngGeneration(markdownFiles: number): string[] {
  return markdownFiles >= LARGE_ARCHIVE ? ["--max-semi-space-size=64"] : [];
}

/**
 * How many Markdown files the folder holds, counted up to `limit`: one listing per folder, no
 * file read (2-9 ms for 2,000 articles, 10-19 ms for 10,000). Names starting with "." are
 * skipped, as the content's reader skips them.
 */
export function markdownFilesUpTo(folder: string, limit: number): number {
  let count = 0;
  const folders = [folder];
  for (let next = folders.pop(); next !== undefined && count < limit; next = folders.pop()) {
    let entries: Dirent[];
    try {
      entries = readdirSync(next, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      if (entry.name.startsWith(".")) continue;
      if (entry.isDirectory()) folders.push(path.join(next, entry.name));
      else if (entry.name.endsWith(".md")) count++;
    }
  }
  return Math.min(count, limit);
}

/**
 * The rendering process's code (this file, render.ts, the Eleventy config and src/ behind them)
 * bundled for plain Node (src/node-bundle.ts).
 */
export function rendererScript(): Promise<string> {
  return bundleForNode(
    RENDERER,
    THIS_FILE,
    `import { serveOneRender } from ${JSON.stringify(THIS_FILE)}; serveOneRender();`,
  );
}

const RENDERER = "renderer";

/** The manifest of the last bundle made from this checkout (see rendererScript). */
export const RENDERER_MANIFEST = manifestOf(RENDERER, THIS_FILE);

interface Request {
  options: RenderOptions;
  /**
   * When to say that the article pages are written: as soon as they are, before the other pages
   * (see renderSite), or after every page, or not at all.
   */
  reportArticles: "first" | "last" | "never";
}

/** The rendering process: renders once, replies, and ends. */
export function serveOneRender(): void {
  endWithBuild(process.ppid);
  process.on("disconnect", () => process.exit(1));
  process.once("message", async ({ options, reportArticles }: Request) => {
    let reply: Reply;
    try {
      const { renderSite } = await import("./render.ts");
      const tell = (written: ArticlesWritten) =>
        process.send?.({ type: "articles-written", written } satisfies Reply);
      const rendered = await renderSite(options, reportArticles === "first" ? tell : undefined);
      if (rendered.ok && reportArticles === "last") {
        tell({ articles: rendered.articles, language: rendered.content.settings.language });
      }
      reply = {
        type: "rendered",
        rendered: rendered.ok
          ? { ...rendered, content: { problems: rendered.content.problems } }
          : rendered,
      };
    } catch (error) {
      reply = {
        type: "failed",
        message: error instanceof Error ? error.message : String(error),
        stack: error instanceof Error ? error.stack : undefined,
      };
    }
    process.removeAllListeners("disconnect");
    process.send?.(reply, () => process.disconnect());
  });
}

/**
 * A build that is stopped (Ctrl+C, killed) takes this process with it, at once: pages written
 * after it stopped would land in a folder the next build is cleaning up. Eleventy writes pages
 * without giving the event loop a turn, so the hang-up may only be heard at the end; a thread of
 * its own watches whether the build is still this process's parent (an orphan gets a new one).
 */
function endWithBuild(build: number): void {
  const watch = `setInterval(() => { if (process.ppid !== ${build}) process.kill(process.pid, "SIGKILL"); }, ${ORPHAN_CHECK_MS});`;
  new Worker(watch, { eval: true }).unref();
}

/** How often the rendering process checks that its build still runs. */
const ORPHAN_CHECK_MS = 20;

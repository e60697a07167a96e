// npm run build renders in a Node process of its own. Eleventy keeps every page it rendered in
// memory until the end; when that process ends the memory goes back to the machine, before
// Pagefind, which needs about as much again for the search index, starts. The two never add up.
// This file is both sides: the build's (which never loads Eleventy) and the rendering process's.
import { fork } from "node:child_process";
import { createRequire } from "node:module";
import os from "node:os";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { Content } from "./content/load.ts";
import type { ArticlesWritten, Rendered, RenderOptions } from "./render.ts";

/** What comes back from the rendering process: the content's warnings, for the build's report. */
export type ContentWarnings = Pick<Content, "problems">;

type Reply =
  | { type: "articles-written"; written: ArticlesWritten }
  | { type: "rendered"; rendered: Rendered<ContentWarnings> }
  | { type: "failed"; message: string; stack?: string };

const THIS_FILE = fileURLToPath(import.meta.url);

/** renderSite in a Node process of its own, run through tsx like the build itself. */
export function renderInOwnProcess(
  options: RenderOptions,
  articlesWritten?: (written: ArticlesWritten) => void,
): Promise<Rendered<ContentWarnings>> {
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;
  // Node's default heap (about 4 GB here) is too small for the largest archives; the process has
  // the machine to itself while it renders.
  const heap = Math.floor((os.totalmem() * 0.75) / 2 ** 20);
  const child = fork(THIS_FILE, [], {
    // A larger young generation: Eleventy makes many short-lived objects per page, and rendering
    // 10,000 articles spent a quarter of its time collecting them (33.6 s instead of 36.2 s).
    execArgv: ["--import", tsx, `--max-old-space-size=${heap}`, "--max-semi-space-size=64"],
    serialization: "advanced",
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  return new Promise((resolve, reject) => {
    let reply: Reply | undefined;
    child.on("message", (message: Reply) => {
      if (message.type === "articles-written") articlesWritten?.(message.written);
      else reply = message;
    });
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      if (reply?.type === "rendered") resolve(reply.rendered);
      else if (reply?.type === "failed")
        reject(Object.assign(new Error(reply.message), { stack: reply.stack }));
      else reject(new Error(`the rendering process stopped (${signal ?? `exit code ${code}`})`));
    });
    child.send({ options, reportArticles: articlesWritten !== undefined } satisfies Request);
  });
}

interface Request {
  options: RenderOptions;
  /** Whether to say when the article pages are written (see renderSite). */
  reportArticles: boolean;
}

/** The rendering process: renders once, replies, and ends. */
function serveOneRender(): void {
  endWithBuild(process.ppid);
  process.on("disconnect", () => process.exit(1));
  process.once("message", async ({ options, reportArticles }: Request) => {
    let reply: Reply;
    try {
      const { renderSite } = await import("./render.ts");
      const tell = (written: ArticlesWritten) =>
        process.send?.({ type: "articles-written", written } satisfies Reply);
      const rendered = await renderSite(options, reportArticles ? tell : undefined);
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

if (process.argv[1] === THIS_FILE && process.send) serveOneRender();

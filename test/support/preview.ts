// The preview (npm start) as a child process, for tests and the preview benchmark: start it on a
// content folder, read what it prints, stop it with its Pagefind process.
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import zlib from "node:zlib";
import { SEARCH_BUNDLE_DIR } from "../../src/search/indexer.ts";
import { PROJECT_ROOT } from "./build.ts";

export interface RunningPreview {
  /** Everything printed since the start, or since the last clear(). */
  readonly output: string;
  /** Where the site is served, e.g. http://localhost:8080/ */
  root: string;
  clear(): void;
  /** Resolves when the output matches: with the first group, or the whole match. */
  waitFor(pattern: RegExp, timeout?: number): Promise<string>;
  stop(): void;
}

export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Starts `npm start` on a content folder; resolves once the first build is served and saves are watched. */
export async function startPreview(
  content: string,
  output: string,
  extra: string[] = [],
): Promise<RunningPreview> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    [
      "--import",
      "tsx",
      path.join(PROJECT_ROOT, "scripts", "serve.ts"),
      ...["--content", content, "--output", output, "--port", String(port)],
      ...extra,
    ],
    // Its own process group, so stop() ends Pagefind's process too.
    { cwd: PROJECT_ROOT, stdio: ["ignore", "pipe", "pipe"], detached: true },
  );
  let output_ = "";
  const waiters = new Set<() => void>();
  const read = (chunk: Buffer) => {
    output_ += chunk.toString();
    for (const waiter of waiters) waiter();
  };
  child.stdout?.on("data", read);
  child.stderr?.on("data", read);
  let exited: string | undefined;
  child.once("exit", (code) => {
    exited = `the preview stopped (${code}): ${output_}`;
    for (const waiter of waiters) waiter();
  });
  const preview: RunningPreview = {
    get output() {
      return output_;
    },
    root: "",
    clear: () => {
      output_ = "";
    },
    waitFor: (pattern, timeout = 60_000) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(
            new Error(`no ${pattern} in the preview's output within ${timeout} ms:\n${output_}`),
          );
        }, timeout);
        const check = () => {
          const match = output_.match(pattern);
          if (!match && !exited) return;
          waiters.delete(check);
          clearTimeout(timer);
          if (match) resolve(match[1] ?? match[0]);
          else reject(new Error(exited));
        };
        waiters.add(check);
        check();
      }),
    stop: () => {
      if (child.pid && child.exitCode === null) process.kill(-child.pid);
    },
  };
  preview.root = await preview.waitFor(/Server at (http:\/\/localhost:\d+\/)/, 600_000);
  await preview.waitFor(/Ready:/, 60_000);
  return preview;
}

/**
 * The text of the search fragments (one per indexed page) Pagefind wrote since `before` was
 * listed: fragments are named by their content, so a re-indexed page gets a new one.
 */
export function newSearchFragments(output: string, before: ReadonlySet<string>): string[] {
  return searchFragmentNames(output)
    .filter((name) => !before.has(name))
    .map((name) =>
      zlib
        .gunzipSync(fs.readFileSync(path.join(output, SEARCH_BUNDLE_DIR, "fragment", name)))
        .toString("utf8"),
    );
}

export function searchFragmentNames(output: string): string[] {
  const folder = path.join(output, SEARCH_BUNDLE_DIR, "fragment");
  return fs.existsSync(folder) ? fs.readdirSync(folder) : [];
}

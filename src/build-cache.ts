// What builds make from files and keep for the next build: the rendering process's bundle, the
// stylesheet and the search script. Each is kept with the stamps of the files it was made from
// (src/file-stamp.ts), under the project's node_modules, from which the bundle imports packages.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { threadId } from "node:worker_threads";

export const CACHE_DIR = path.resolve(
  fileURLToPath(import.meta.url),
  "../../node_modules/.cache/translated-news",
);

/**
 * Written aside and renamed: a build running beside this one (another process, or a thread of a
 * test runner) never reads half a file.
 */
export function writeAside(file: string, contents: string | Uint8Array): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}-${threadId}`;
  fs.writeFileSync(partial, contents);
  fs.renameSync(partial, file);
}

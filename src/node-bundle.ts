// Our TypeScript as JavaScript for plain Node, kept between runs: the rendering process's code, and
// the build command's (scripts/run-bundled.mjs). Through tsx, a process took 1.9 s from its start
// until it could read the content, where bundled it took 0.9 s (2,000 articles): tsx's loader
// answers for every module Eleventy loads, from a thread of its own that also held 20 MB for as
// long as the build ran (docs/performance.md).
import { createHash } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { threadId } from "node:worker_threads";
import type { Plugin } from "esbuild";
import {
  type BundleManifest,
  CACHE_DIR,
  COMMAND_BUNDLE,
  fileStamp,
  manifestOf,
  type SourceStamp,
  unchangedBundle,
  writeAside,
} from "./build-cache.js";

/**
 * `code` (TypeScript that imports what it runs, from beside `entry`) bundled with everything it
 * imports from the project, its packages left to node_modules. Modules imported with `import()`
 * stay in files of their own, loaded only when imported: the build command never loads Eleventy.
 * The bundle is kept in a folder of its own under its hash, once, with a manifest of the files it
 * was made from: it is made again (0.1–0.2 s, esbuild included) only when one of them changed.
 * Bundles of the same kind unused for an hour are removed when a new one is made.
 * Returns the bundle's first file.
 */
export async function bundleForNode(kind: string, entry: string, code: string): Promise<string> {
  const manifest = manifestOf(kind, entry);
  const unchanged = unchangedBundle(manifest, entry);
  if (unchanged) return unchanged;
  // Loaded only here: most runs reuse the bundle.
  const esbuild = await import("esbuild");
  // Each source's size and time of change, taken before esbuild reads it: a file saved while
  // the bundle is made gets a new stamp, so the next run makes the bundle again.
  const stamps = new Map<string, SourceStamp>();
  const outdir = path.join(CACHE_DIR, kind);
  const bundled = await esbuild
    .build({
      stdin: { contents: code, resolveDir: path.dirname(entry), loader: "ts" },
      bundle: true,
      splitting: true,
      outdir,
      // .mjs: Node reads a .js file under node_modules as CommonJS.
      outExtension: { ".js": ".mjs" },
      platform: "node",
      format: "esm",
      packages: "external",
      write: false,
      metafile: true,
      // Errors point into src/, not into the bundle.
      sourcemap: "inline",
      logLevel: "silent",
      plugins: [ownAddresses(stamps)],
    })
    .finally(() => esbuild.stop());
  const files = bundled.outputFiles
    .map((file) => ({ name: path.relative(outdir, file.path), contents: file.contents }))
    .sort((a, b) => (a.name < b.name ? -1 : 1));
  const hash = createHash("sha256");
  for (const file of files) hash.update(file.name).update(file.contents);
  const folder = path.join(CACHE_DIR, `${kind}-${hash.digest("hex").slice(0, 16)}`);
  const script = path.join(folder, "stdin.mjs");
  if (!(await fs.stat(script).catch(() => undefined))) {
    await writeFolderAside(folder, files);
    await removeOldBundles(kind, folder);
  }
  const sources = Object.keys(bundled.metafile.inputs)
    .filter((input) => input !== "<stdin>")
    .map((input) => stamps.get(path.resolve(input)));
  if (sources.every((source) => source !== undefined)) {
    writeAside(manifest, JSON.stringify({ entry, script, sources } satisfies BundleManifest));
  } else {
    // A source esbuild read itself (not one of ours) has no stamp: make the bundle every time.
    await fs.rm(manifest, { force: true });
  }
  return script;
}

/** A command of ours (scripts/build.ts…) bundled to run as scripts/run-bundled.mjs runs it. */
export function commandBundle(command: string): Promise<string> {
  return bundleForNode(COMMAND_BUNDLE, command, `import ${JSON.stringify(command)};`);
}

/** Written whole beside the folder and renamed: a process starting the bundle sees all or none. */
async function writeFolderAside(
  folder: string,
  files: { name: string; contents: Uint8Array }[],
): Promise<void> {
  const partial = `${folder}.${process.pid}-${threadId}`;
  await fs.mkdir(partial, { recursive: true });
  for (const { name, contents } of files) await fs.writeFile(path.join(partial, name), contents);
  // Another process may have made the same bundle meanwhile: then it is there already.
  await fs.rename(partial, folder).catch(() => fs.rm(partial, { recursive: true, force: true }));
}

async function removeOldBundles(kind: string, current: string): Promise<void> {
  const hourAgo = Date.now() - 3_600_000;
  // Also a single file, as bundles were kept before 1 December 2026.
  const bundle = new RegExp(`^${kind}-\\w+(\\.mjs)?$`);
  for (const name of await fs.readdir(CACHE_DIR)) {
    const old = path.join(CACHE_DIR, name);
    if (old === current || !bundle.test(name)) continue;
    const stat = await fs.stat(old).catch(() => undefined);
    if (stat && stat.mtimeMs < hourAgo) await fs.rm(old, { recursive: true, force: true });
  }
}

/**
 * Each bundled file keeps its own address: the config finds layouts/ beside it, and packages are
 * looked up from where the file is (`import.meta.url` in one file is not that of another).
 */
function ownAddresses(stamps: Map<string, SourceStamp>): Plugin {
  return {
    name: "own-addresses",
    setup(build) {
      build.onLoad({ filter: /\.(ts|js)$/ }, async ({ path: file }) => {
        stamps.set(file, { file, stamp: fileStamp(file) });
        return {
          contents: (await fs.readFile(file, "utf8")).replace(
            /\bimport\.meta\.url\b/g,
            JSON.stringify(pathToFileURL(file).href),
          ),
          loader: file.endsWith(".js") ? "js" : "ts",
        };
      });
    },
  };
}

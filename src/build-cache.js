// @ts-check
// What builds make from files and keep for the next build: our code bundled for plain Node
// (src/node-bundle.ts), the stylesheet and the search script. Each is kept with the stamps of the
// files it was made from, under the project's node_modules, from which bundles import packages.
// Plain JavaScript, type-checked: scripts/run-bundled.mjs finds a command's bundle here with
// plain Node, before anything can run TypeScript.
import { createHash } from "node:crypto";
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
 * @param {string} file
 * @param {string | Uint8Array} contents
 */
export function writeAside(file, contents) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}-${threadId}`;
  try {
    fs.writeFileSync(partial, contents);
    fs.renameSync(partial, file);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw error;
  }
}

/**
 * What tells a file that changed (or went) from one that did not, without reading it: its size
 * and time of change.
 * @param {string} file
 */
export function fileStamp(file) {
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  return stat ? `${stat.size}:${stat.mtimeMs}` : "missing";
}

/**
 * @typedef {{ file: string, stamp: string }} SourceStamp
 * @typedef {object} BundleManifest A bundle and the files it was made from.
 * @property {string} entry The file the bundle runs, in the checkout it was made from.
 * @property {string} script The bundle's first file; the others are beside it.
 * @property {SourceStamp[]} sources Every file it was made from, each with its stamp.
 */

/** The kind of bundle a command of ours is kept as (scripts/run-bundled.mjs). */
export const COMMAND_BUNDLE = "command";

/**
 * Where the manifest of the last `kind` bundle made from `entry` is kept. Checkouts that share
 * one node_modules (a worktree linked to the main one) each keep their own: with one manifest,
 * each used the bundle of the other's sources.
 * @param {string} kind
 * @param {string} entry
 */
export function manifestOf(kind, entry) {
  const checkout = createHash("sha256").update(entry).digest("hex").slice(0, 12);
  return path.join(CACHE_DIR, `${kind}-${checkout}.json`);
}

/**
 * The bundle a manifest names, if it was made from `entry`, is there, and none of the files it
 * was made from changed: 5–10 ms for the rendering process's 60 files.
 * @param {string} manifestFile
 * @param {string} entry
 * @returns {string | undefined}
 */
export function unchangedBundle(manifestFile, entry) {
  /** @type {BundleManifest | undefined} */
  let manifest;
  try {
    manifest = JSON.parse(fs.readFileSync(manifestFile, "utf8"));
  } catch {
    return undefined;
  }
  if (!manifest || manifest.entry !== entry || !Array.isArray(manifest.sources)) return undefined;
  if (manifest.sources.some(({ file, stamp }) => fileStamp(file) !== stamp)) return undefined;
  try {
    // Marked as used now, so that no build removes it as old while this one starts it.
    const now = new Date();
    fs.utimesSync(path.dirname(manifest.script), now, now);
    fs.accessSync(manifest.script);
    return manifest.script;
  } catch {
    return undefined;
  }
}

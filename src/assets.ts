// The site's stylesheet and scripts, written to /assets/ under names that carry a hash of their
// content: servers may cache them forever, and a changed file gets a new name.
import { createHash } from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { CACHE_DIR, fileStamp, writeAside } from "./build-cache.js";
import { sharedByPages } from "./page-data.ts";

export interface Asset {
  /** Site-relative URL, e.g. /assets/site.3f2a9c1b.css */
  url: string;
  text: string;
}

export interface AssetSources {
  stylesheet: string;
  searchScript: string;
}

export interface BuiltAssets {
  css: Asset;
  search: Asset;
}

/**
 * Reads each asset, minifies it (and compiles and bundles TypeScript), and names it by its hash.
 * They are made again only when one of their files changed, and kept in memory and in `keptIn`:
 * the preview starts an Eleventy run for every article saved, and every build its own process
 * (making them took 0.13-0.16 s, esbuild's loading and service included).
 */
export function buildAssets(sources: AssetSources, keptIn = CACHE_DIR): BuiltAssets {
  const id = `${sources.stylesheet}\u0000${sources.searchScript}`;
  const keptFile = path.join(
    keptIn,
    `assets-${createHash("sha256").update(id).digest("hex").slice(0, 12)}.json`,
  );
  const kept = lastBuilt.get(keptFile) ?? readKept(keptFile);
  if (kept && stampOf(kept.inputs) === kept.stamp) {
    lastBuilt.set(keptFile, kept);
    return kept.assets;
  }
  const startedAt = Date.now();
  // Loaded only here: most builds find the assets kept.
  const esbuild = createRequire(import.meta.url)("esbuild") as typeof import("esbuild");
  // Minified, the stylesheet is a sixth smaller gzipped: every first page view carries it.
  const css = esbuild.transformSync(fs.readFileSync(sources.stylesheet, "utf8"), {
    loader: "css",
    minify: true,
  }).code;
  // Bundled: the script shares its date formatting with the pages (src/readable-date.ts).
  const bundled = esbuild.buildSync({
    entryPoints: [sources.searchScript],
    bundle: true,
    write: false,
    format: "esm",
    target: "es2020",
    minify: true,
    metafile: true,
  });
  const search = bundled.outputFiles[0]?.text as string;
  const assets = { css: named("site", "css", css), search: named("search", "js", search) };
  const inputs = [sources.stylesheet, ...Object.keys(bundled.metafile.inputs)].map((input) =>
    path.resolve(input),
  );
  const made: KeptAssets = { inputs, stamp: stampOf(inputs), assets };
  lastBuilt.set(keptFile, made);
  // A file saved while they were made may not be in them, though its stamp is: kept on disk,
  // they would outlive this process until the next edit.
  const savedSince = inputs.some(
    (input) => (fs.statSync(input, { throwIfNoEntry: false })?.mtimeMs ?? 0) > startedAt,
  );
  try {
    if (!savedSince) writeAside(keptFile, JSON.stringify(made));
  } catch {
    // A checkout that cannot write there makes them in every build.
  }
  return assets;
}

interface KeptAssets {
  inputs: string[];
  stamp: string;
  assets: BuiltAssets;
}

const lastBuilt = new Map<string, KeptAssets>();

function readKept(file: string): KeptAssets | undefined {
  try {
    const kept = JSON.parse(fs.readFileSync(file, "utf8")) as KeptAssets;
    return Array.isArray(kept.inputs) && kept.assets?.css && kept.assets.search ? kept : undefined;
  } catch {
    return undefined;
  }
}

/** Changes when one of the files does (or goes). */
function stampOf(files: string[]): string {
  return files.map(fileStamp).join(" ");
}

function named(base: string, extension: string, text: string): Asset {
  const hash = createHash("sha256").update(text).digest("hex").slice(0, 10);
  return { url: `/assets/${base}.${hash}.${extension}`, text };
}

export function assetsPlugin(eleventyConfig: UserConfig, sources: AssetSources): void {
  let assets = buildAssets(sources);
  eleventyConfig.addGlobalData("assets", () =>
    sharedByPages({ css: assets.css.url, search: assets.search.url }),
  );
  eleventyConfig.addWatchTarget(sources.stylesheet);
  eleventyConfig.addWatchTarget(sources.searchScript);
  eleventyConfig.on(
    "eleventy.before",
    async ({ directories }: { directories: { output: string } }) => {
      // Made again only if a file changed since (the preview's runs, a layout edited).
      assets = buildAssets(sources);
      for (const asset of Object.values(assets)) {
        const file = path.join(directories.output, asset.url);
        await fs.promises.mkdir(path.dirname(file), { recursive: true });
        await fs.promises.writeFile(file, asset.text);
      }
    },
  );
}

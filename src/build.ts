// One build of the site: validate content, render it with Eleventy into a fresh folder, index it
// for search, and only then put it in place of the previous output. A failed build leaves the
// published folder exactly as it was.
import fs from "node:fs/promises";
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import newsroomSite from "../eleventy.config.ts";
import { type Content, contentIsValid, loadContent } from "./content/load.ts";
import type { ContentProblem } from "./content/problems.ts";
import { LiveContent } from "./live-content.ts";
import { indexArticles } from "./search/indexer.ts";

export interface BuildOptions {
  contentDir: string;
  outputDir: string;
  /** URL path the site is served under, e.g. "/news/"; "/" at the root. */
  base?: string;
  /** Print Eleventy's own log lines. */
  verbose?: boolean;
}

export type BuildResult =
  | { ok: true; content: Content; pagesWritten: number; pagesIndexed: number; seconds: number }
  | { ok: false; problems: ContentProblem[] };

export async function buildSite(options: BuildOptions): Promise<BuildResult> {
  const started = performance.now();
  const content = loadContent(options.contentDir);
  if (!contentIsValid(content)) return { ok: false, problems: content.problems };

  const outputDir = path.resolve(options.outputDir);
  const staging = `${outputDir}.building-${process.pid}`;
  await fs.rm(staging, { recursive: true, force: true });
  try {
    const eleventy = new Eleventy(content.directory, staging, {
      quietMode: !options.verbose,
      pathPrefix: normaliseBase(options.base),
      // No config file: the configuration is the function below (Eleventy's types say string only).
      configPath: false as unknown as string,
      config: (eleventyConfig: unknown) =>
        newsroomSite(eleventyConfig as never, { live: new LiveContent(content) }),
    });
    const written = (await eleventy.write()) as unknown as unknown[][];
    const search = await indexArticles(staging, content.articles, content.settings.language);
    await replaceFolder(staging, outputDir);
    return {
      ok: true,
      content,
      pagesWritten: written.flat().length,
      pagesIndexed: search.pages,
      seconds: (performance.now() - started) / 1000,
    };
  } catch (error) {
    await fs.rm(staging, { recursive: true, force: true });
    throw error;
  }
}

/** "/news" and "news/" both mean "/news/". */
export function normaliseBase(base = "/"): string {
  const trimmed = base.trim().replace(/^\/+|\/+$/g, "");
  return trimmed ? `/${trimmed}/` : "/";
}

/** Swaps the freshly built folder in: two renames on one file system, no half-written state. */
async function replaceFolder(fresh: string, target: string): Promise<void> {
  const previous = `${target}.previous-${process.pid}`;
  const hadTarget = await fs
    .stat(target)
    .then(() => true)
    .catch(() => false);
  if (hadTarget) await fs.rename(target, previous);
  await fs.rename(fresh, target);
  if (hadTarget) await fs.rm(previous, { recursive: true, force: true });
}

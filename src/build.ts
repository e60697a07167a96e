// One build of the site: validate content, render it with Eleventy into a fresh folder, index it
// for search, and only then put it in place of the previous output. A failed build leaves the
// published folder exactly as it was.
import fs from "node:fs/promises";
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import newsroomSite from "../eleventy.config.ts";
import { type Content, contentIsValid, displayPath, loadContent } from "./content/load.ts";
import { type ContentProblem, hasErrors } from "./content/problems.ts";
import { LiveContent } from "./live-content.ts";
import { indexArticles } from "./search/indexer.ts";

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
}

export type BuildResult =
  | {
      ok: true;
      /** What was published: drafts and scheduled articles left out. */
      content: Content;
      /** Articles in the content folder that were left out. */
      withheld: { drafts: number; scheduled: number };
      pagesWritten: number;
      pagesIndexed: number;
      seconds: number;
    }
  | { ok: false; problems: ContentProblem[] };

export async function buildSite(options: BuildOptions): Promise<BuildResult> {
  const started = performance.now();
  const loaded = loadContent(options.contentDir);
  if (!contentIsValid(loaded)) return { ok: false, problems: loaded.problems };
  const now = options.now?.getTime() ?? Date.now();
  const base = normaliseBase(options.base);
  const live = new LiveContent(loaded, {
    now: () => now,
    base,
    url: options.url,
    imageCache: options.imageCache,
  });
  const { content, withheld } = live;
  if (content.articles.length === 0) {
    return {
      ok: false,
      problems: [
        {
          file: displayPath(loaded.directory),
          message:
            loaded.articles.length === 0
              ? "has no articles yet: write one under articles/"
              : `has no article to publish yet: ${withheld.drafts} are drafts, ${withheld.scheduled} are dated after ${new Date(now).toISOString()}`,
          severity: "error",
        },
      ],
    };
  }
  // Pictures are checked and processed before rendering, so a bad one stops the build here.
  const pictureProblems = await live.preparePictures();
  if (hasErrors(pictureProblems)) return { ok: false, problems: pictureProblems };

  const outputDir = path.resolve(options.outputDir);
  const staging = `${outputDir}.building-${process.pid}`;
  await fs.rm(staging, { recursive: true, force: true });
  try {
    const eleventy = new Eleventy(content.directory, staging, {
      quietMode: !options.verbose,
      pathPrefix: base,
      // No config file: the configuration is the function below (Eleventy's types say string only).
      configPath: false as unknown as string,
      config: (eleventyConfig: unknown) => newsroomSite(eleventyConfig as never, { live }),
    });
    const written = (await eleventy.write()) as unknown as unknown[][];
    const search = await indexArticles(staging, content.articles, content.settings.language);
    await replaceFolder(staging, outputDir);
    return {
      ok: true,
      content,
      withheld,
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

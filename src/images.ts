// Pictures: every article's lead picture and the site's card, resized with @11ty/eleventy-img
// into AVIF, WebP and a format every browser and social network reads, at several widths. The
// renditions are kept in a cache folder under a key made of the picture's bytes, so a picture is
// processed once, not once per build; each build then links them into its output under /img/.
import { createHash } from "node:crypto";
import fsSync from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type UserConfig from "@11ty/eleventy/UserConfig";
import type { Article } from "./article/article.ts";
import type { ContentProblem } from "./content/problems.ts";

export const IMAGE_URL_PATH = "/img/";
/** The card shown when a page without a picture is shared and the settings name none. */
export const DEFAULT_CARD = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  "..",
  "layouts",
  "images",
  "card.png",
);
/** Widths of a lead picture: a phone, a column at 1x, a column at 2x and social cards. */
export const PICTURE_WIDTHS = [400, 800, 1200];
/** Social networks show cards 1200 pixels wide. */
export const CARD_WIDTH = 1200;
// Part of every cache key: change it when the options below change, so renditions are remade.
const CACHE_VERSION = "1";

export interface Rendition {
  /** Site-relative URL under /img/. */
  url: string;
  width: number;
  height: number;
}

/** A processed picture: the parts of a <picture> element and the rendition for social cards. */
export interface Renditions {
  /** Modern formats, best first: one <source> each. */
  sources: { type: string; srcset: string }[];
  /** The <img>: the largest rendition in a format every browser shows, with its srcset. */
  fallback: Rendition & { type: string; srcset: string };
  /** The rendition closest to 1200 pixels wide, in a format social networks read. */
  card: Rendition;
  /** File names inside the cache entry, to link into the output. */
  files: string[];
}

/** A lead picture as layouts use it. */
export interface Picture extends Renditions {
  alt: string;
  caption?: string;
  credit?: string;
}

export interface PreparedPictures {
  /** By article URL. */
  pictures: Map<string, Picture>;
  /** The site's card, for pages without a picture of their own. */
  card?: Rendition;
  /** Cache entries to link into the output. */
  entries: Set<string>;
  problems: ContentProblem[];
}

/** Which format a browser and a social network can both show, by the original's extension. */
function fallbackFormat(file: string): "jpeg" | "png" | "gif" {
  const extension = path.extname(file).toLowerCase();
  if (extension === ".png") return "png";
  if (extension === ".gif") return "gif";
  return "jpeg";
}

/**
 * Processes every lead picture of `articles` and the site's card. A picture that cannot be read
 * becomes a problem naming the article and its image field.
 */
export async function preparePictures(
  articles: readonly Article[],
  siteCard: string,
  cacheDir: string,
): Promise<PreparedPictures> {
  const prepared: PreparedPictures = { pictures: new Map(), entries: new Set(), problems: [] };
  const jobs = articles.map(async (article) => {
    const image = article.image;
    if (!image) return;
    try {
      const { entry, renditions } = await renditionsOf(image.path, PICTURE_WIDTHS, cacheDir, true);
      prepared.entries.add(entry);
      prepared.pictures.set(article.url, {
        ...renditions,
        alt: image.alt,
        caption: image.caption,
        credit: image.credit,
      });
    } catch (error) {
      prepared.problems.push({
        file: article.file,
        line: image.line,
        field: "image.file",
        message: `could not be read as a picture (${reasonOf(error)}): open ${image.file} in an image editor and save it again as JPEG or PNG`,
        severity: "error",
      });
    }
  });
  // The card is only ever read by social networks: one rendition in a format they all read.
  const card = renditionsOf(siteCard, [CARD_WIDTH], cacheDir, false).then(
    ({ entry, renditions }) => {
      prepared.entries.add(entry);
      prepared.card = renditions.card;
    },
  );
  await Promise.all([...jobs, card]);
  return prepared;
}

/** Links (or copies, across file systems) every rendition into `<outputDir>/img/`. */
export async function writePictures(
  entries: Iterable<string>,
  cacheDir: string,
  outputDir: string,
): Promise<void> {
  const target = path.join(outputDir, IMAGE_URL_PATH);
  await fs.mkdir(target, { recursive: true });
  const copies: Promise<void>[] = [];
  for (const entry of entries) {
    const folder = path.join(cacheDir, entry);
    for (const name of await fs.readdir(folder)) {
      if (name === MANIFEST) continue;
      copies.push(placeFile(path.join(folder, name), path.join(target, name)));
    }
  }
  await Promise.all(copies);
}

async function placeFile(from: string, to: string): Promise<void> {
  try {
    await fs.link(from, to);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST") return;
    if (code === "EXDEV" || code === "EPERM") await fs.copyFile(from, to);
    else throw error;
  }
}

const MANIFEST = "renditions.json";
/** Offered first, best first, to browsers that read them. */
const MODERN_FORMATS = ["avif", "webp"];

/**
 * The renditions of one file at some widths, from the cache or made now and cached.
 * @param modern whether to make AVIF and WebP too, for browsers
 */
async function renditionsOf(
  file: string,
  widths: readonly number[],
  cacheDir: string,
  modern: boolean,
): Promise<{ entry: string; renditions: Renditions }> {
  // The preview asks again after every edit: a file unchanged since is not read again.
  const stat = await fs.stat(file);
  const seenKey = `${file}\n${stat.size} ${stat.mtimeMs}\n${widths.join(",")} ${modern}\n${cacheDir}`;
  const seen = seenFiles.get(seenKey);
  if (seen && fsSync.existsSync(path.join(cacheDir, seen.entry))) return seen;
  const made = await makeRenditions(file, widths, cacheDir, modern);
  seenFiles.set(seenKey, made);
  return made;
}

const seenFiles = new Map<string, { entry: string; renditions: Renditions }>();

async function makeRenditions(
  file: string,
  widths: readonly number[],
  cacheDir: string,
  modern: boolean,
): Promise<{ entry: string; renditions: Renditions }> {
  const bytes = await fs.readFile(file);
  const format = fallbackFormat(file);
  const formats = [...new Set([...(modern ? MODERN_FORMATS : []), format])];
  const entry = createHash("sha256")
    .update(`${CACHE_VERSION}\n${formats.join(",")}\n${widths.join(",")}\n`)
    .update(bytes)
    .digest("hex")
    .slice(0, 24);
  const folder = path.join(cacheDir, entry);
  const cached = await fs.readFile(path.join(folder, MANIFEST), "utf8").catch(() => undefined);
  if (cached) return { entry, renditions: JSON.parse(cached) as Renditions };

  // Made in a private folder, then renamed into place: builds running side by side never see
  // half-written files.
  await fs.mkdir(cacheDir, { recursive: true });
  const scratch = await fs.mkdtemp(path.join(cacheDir, `.making-${entry}-`));
  try {
    // Loaded only here: with every picture cached, no build needs it (60 ms of every start).
    const { default: Image } = await import("@11ty/eleventy-img");
    const metadata = (await Image(bytes, {
      widths: [...widths],
      formats,
      outputDir: scratch,
      urlPath: IMAGE_URL_PATH,
      useCache: false,
    })) as Record<string, ImageRendition[]>;
    const renditions = toRenditions(metadata, format);
    await fs.writeFile(path.join(scratch, MANIFEST), JSON.stringify(renditions));
    await fs.rename(scratch, folder).catch(async (error: NodeJS.ErrnoException) => {
      // Another build made the same entry first: theirs is as good as ours.
      if (error.code !== "ENOTEMPTY" && error.code !== "EEXIST") throw error;
      await fs.rm(scratch, { recursive: true, force: true });
    });
    return { entry, renditions };
  } catch (error) {
    await fs.rm(scratch, { recursive: true, force: true });
    throw error;
  }
}

interface ImageRendition {
  format: string;
  width: number;
  height: number;
  url: string;
  filename: string;
  sourceType: string;
  srcset: string;
}

function toRenditions(metadata: Record<string, ImageRendition[]>, format: string): Renditions {
  const fallbacks = metadata[format] ?? [];
  const largest = fallbacks.at(-1);
  if (!largest) throw new Error(`no ${format} rendition was made`);
  const card =
    [...fallbacks].reverse().find((rendition) => rendition.width <= CARD_WIDTH) ?? largest;
  const srcset = (renditions: ImageRendition[]) =>
    renditions.map((rendition) => rendition.srcset).join(", ");
  return {
    sources: MODERN_FORMATS.filter((name) => name !== format && metadata[name]?.length).map(
      (name) => {
        const renditions = metadata[name] as ImageRendition[];
        return { type: (renditions[0] as ImageRendition).sourceType, srcset: srcset(renditions) };
      },
    ),
    fallback: {
      url: largest.url,
      width: largest.width,
      height: largest.height,
      type: largest.sourceType,
      srcset: srcset(fallbacks),
    },
    card: { url: card.url, width: card.width, height: card.height },
    files: Object.values(metadata).flatMap((renditions) =>
      renditions.map((rendition) => rendition.filename),
    ),
  };
}

function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split("\n")[0]?.replace(/^Input buffer /, "") ?? message;
}

/** Writes the pictures of the content being built into the output, before Eleventy renders. */
export function picturesPlugin(
  eleventyConfig: UserConfig,
  { live }: { live: { pictureEntries: ReadonlySet<string>; options: { imageCache: string } } },
): void {
  eleventyConfig.on(
    "eleventy.before",
    async ({ directories }: { directories: { output: string } }) => {
      await writePictures(live.pictureEntries, live.options.imageCache, directories.output);
    },
  );
}

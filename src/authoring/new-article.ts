// Starts a new article file for an author: every field of the contract in order, today's date
// in the site's time zone, a file name made from the headline — and never over an existing file.
import fs from "node:fs/promises";
import path from "node:path";
import yaml from "js-yaml";
import { DateTime } from "luxon";
import { ARTICLE_FIELDS, articleSchema } from "../article/schema.ts";
import { ARTICLES_DIR } from "../content/load.ts";
import type { SiteSettings } from "../settings.ts";
import { slugify } from "../slug.ts";

export interface NewArticle {
  title: string;
  source: string;
  translators: string[];
  keywords: string[];
  summary?: string;
}

/** What `new` needs and which command-line option gives it. */
export const REQUIRED_OPTIONS = {
  title: "--title",
  source: "--source",
  translators: "--translator",
  keywords: "--keywords",
} as const;

const MAX_SLUG_LENGTH = 60;

type ArticleField = keyof typeof articleSchema.shape;

/** "Three killed in a night raid on Marat" → "three-killed-in-a-night-raid-on-marat", cut at a word. */
export function fileSlugOf(title: string): string {
  const slug = slugify(title);
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  const cut = slug.slice(0, MAX_SLUG_LENGTH + 1);
  return cut.slice(0, cut.lastIndexOf("-") > 20 ? cut.lastIndexOf("-") : MAX_SLUG_LENGTH);
}

/** "a, b ,c" → ["a", "b", "c"] */
export function splitList(text: string): string[] {
  return text
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean);
}

function field(name: string, value: unknown): string {
  return yaml
    .dump({ [name]: value }, { schema: yaml.CORE_SCHEMA, lineWidth: -1, quotingType: '"' })
    .trimEnd();
}

/** Optional fields the author has not filled in, as comments to uncomment, with the schema's example. */
function hint(name: ArticleField): string {
  const meta = articleSchema.shape[name].meta();
  const example = Array.isArray(meta?.examples) ? meta.examples[0] : "";
  // Every line of the example is commented, nested ones (image:, corrections:) included.
  const exampleLines = field(name, example)
    .split("\n")
    .map((line) => `# ${line}`);
  return [`# Optional. ${meta?.description ?? ""}`.trimEnd(), ...exampleLines].join("\n");
}

/**
 * The text of a new article file: every field of the contract in the schema's order, the ones
 * given filled in, the optional others as commented examples to fill in later.
 */
export function newArticleText(article: NewArticle, date: DateTime): string {
  const given: Partial<Record<ArticleField, unknown>> = {
    title: article.title,
    date: date.toISODate(),
    summary: article.summary,
    source: article.source,
    translator: article.translators.length === 1 ? article.translators[0] : article.translators,
    keywords: article.keywords,
  };
  const fields = ARTICLE_FIELDS.map((name) =>
    given[name] === undefined ? hint(name) : field(name, given[name]),
  );
  return ["---", ...fields, "---", "Write the translation here. Use ## for subheadings.", ""].join(
    "\n",
  );
}

export interface CreatedArticle {
  file: string;
  url: string;
}

export class ArticleExistsError extends Error {
  override name = "ArticleExistsError";
}

/** Writes the file under articles/YYYY/; refuses, without touching it, when it already exists. */
export async function createArticle(
  contentDir: string,
  article: NewArticle,
  settings: SiteSettings,
  now: DateTime = DateTime.now(),
): Promise<CreatedArticle> {
  const today = now.setZone(settings.timeZone);
  const slug = fileSlugOf(article.title);
  const file = path.join(contentDir, ARTICLES_DIR, today.toFormat("yyyy"), `${slug}.md`);
  await fs.mkdir(path.dirname(file), { recursive: true });
  try {
    // "wx": create only; the check and the write are one step, so nothing is ever overwritten.
    await fs.writeFile(file, newArticleText(article, today), { flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") {
      throw new ArticleExistsError(
        `${file} already exists: choose another title, or edit that file`,
      );
    }
    throw error;
  }
  const url = new URL(`${today.toFormat("yyyy/MM")}/${slug}/`, settings.url).href;
  return { file, url };
}

// An Article as the rest of the site sees it: validated, normalised, with its URL and resolved
// disclaimer. Built from front matter by toArticle(); never from anything else.
import path from "node:path";
import { dayOf, type PublicationDate, parsePublicationDate } from "../dates.ts";
import type { SiteSettings } from "../settings.ts";
import { slugify } from "../slug.ts";
import type { ArticleFrontMatter } from "./schema.ts";

/** A named thing readers can browse by: a keyword, an outlet, a translator. */
export interface Named {
  name: string;
  slug: string;
  /** What readers should know about it, from a registry (content/keywords.yaml). */
  description?: string;
}

export interface ArticleSource extends Named {
  /** The outlet's page for the original article. */
  url?: string;
  /** The original headline, usually in Arabic. */
  title?: string;
  /** BCP 47 tag of the original. */
  language: string;
  /** Writing direction of the original's language, for the original headline. */
  direction: "ltr" | "rtl";
  /** Original author or authors. */
  authors: string[];
  /** When the outlet published the original. */
  date?: PublicationDate;
  /** What readers should know about the outlet, from the outlet list (content/outlets.yaml). */
  description?: string;
  /** The outlet's own website, from the outlet list. */
  website?: string;
}

/** The picture at the top of an article, as the author described it. */
export interface LeadImage {
  /** The picture's file as authors know it, e.g. content/articles/2025/marat.jpg */
  file: string;
  /** Absolute path of the file, for processing. */
  path: string;
  /** Line of the image field in the article, for problems found while processing. */
  line?: number;
  alt: string;
  caption?: string;
  credit?: string;
}

/** A dated note saying what was corrected. */
export interface Correction {
  date: PublicationDate;
  note: string;
}

export interface Article {
  /** Path of the source file as authors know it, e.g. content/articles/2025/raid.md */
  file: string;
  /** The file's name without extension: the last part of the URL. */
  slug: string;
  /** Site-relative URL: /YYYY/MM/slug/ from the date in the site's time zone and the file name. */
  url: string;
  title: string;
  summary?: string;
  date: PublicationDate;
  source: ArticleSource;
  translators: Named[];
  /** The disclaimer to show, filled in; null when the article asks for none. */
  disclaimer: string | null;
  /** In the order the author listed them. */
  keywords: Named[];
  section?: Named;
  image?: LeadImage;
  /**
   * The last change after publication: the later of the `updated` field and the corrections'
   * dates, when it falls after `date`. Articles keep their place in lists by `date`.
   */
  updated?: PublicationDate;
  /** `updated` when there is one, else `date`: what dateModified, feeds and sitemaps carry. */
  modified: PublicationDate;
  /** Oldest first. */
  corrections: Correction[];
  /** Kept out of the published site; shown only in the preview. */
  draft: boolean;
  /** The text, in Markdown, as the file has it after its front matter. */
  body: string;
}

/** Builds the Article of one validated file. */
export function toArticle(
  frontMatter: ArticleFrontMatter,
  body: string,
  file: string,
  settings: SiteSettings,
  fieldLines?: ReadonlyMap<string, number>,
  /** The language the outlet list gives the outlet, used when the article gives none. */
  outletLanguage?: string,
): Article {
  const slug = slugify(path.basename(file, path.extname(file)));
  // The schema has checked both dates, so parsing cannot fail here.
  const date = parsePublicationDate(frontMatter.date, settings.timeZone) as PublicationDate;
  const [year, month] = dayOf(date, settings.timeZone).split("-");
  const source = frontMatter.source;
  const language =
    ("language" in source && source.language) || outletLanguage || settings.sourceLanguage;
  const outletName = source.name;
  const corrections = (frontMatter.corrections ?? [])
    .map((correction) => ({
      date: parsePublicationDate(correction.date, settings.timeZone) as PublicationDate,
      note: correction.note,
    }))
    .sort((a, b) => a.date.epoch - b.date.epoch);
  const updated = lastChange(
    date,
    [
      frontMatter.updated
        ? parsePublicationDate(frontMatter.updated, settings.timeZone)
        : undefined,
      ...corrections.map((correction) => correction.date),
    ],
    settings.timeZone,
  );

  return {
    file,
    slug,
    url: `/${year}/${month}/${slug}/`,
    title: frontMatter.title,
    summary: frontMatter.summary,
    date,
    source: {
      name: outletName,
      slug: slugify(outletName),
      url: "url" in source ? source.url : undefined,
      title: "title" in source ? source.title : undefined,
      language,
      direction: directionOf(language),
      authors: ("author" in source && source.author) || [],
      date:
        "date" in source && source.date
          ? parsePublicationDate(source.date, settings.timeZone)
          : undefined,
    },
    translators: frontMatter.translator.map(named),
    disclaimer: disclaimerOf(frontMatter.disclaimer, outletName, settings),
    keywords: frontMatter.keywords.map(named),
    section: frontMatter.section ? named(frontMatter.section) : undefined,
    image: frontMatter.image && {
      file: path.join(path.dirname(file), frontMatter.image.file),
      path: path.resolve(path.dirname(file), frontMatter.image.file),
      line: fieldLines?.get("image"),
      alt: frontMatter.image.alt,
      caption: frontMatter.image.caption,
      credit: frontMatter.image.credit,
    },
    updated,
    modified: updated ?? date,
    corrections,
    draft: frontMatter.draft ?? false,
    body,
  };
}

/**
 * The latest change that falls after publication, if any. A change given as a bare date counts
 * only from the day after publication: "updated: 2025-11-19" on an article published at 14:30
 * that day is no update.
 */
function lastChange(
  published: PublicationDate,
  changes: readonly (PublicationDate | undefined)[],
  timeZone: string,
): PublicationDate | undefined {
  let last: PublicationDate | undefined;
  for (const change of changes) {
    if (!change || !isAfter(change, published, timeZone)) continue;
    if (!last || change.epoch > last.epoch) last = change;
  }
  return last;
}

/** Whether a change is later than publication, comparing days when either has no time. */
export function isAfter(change: PublicationDate, published: PublicationDate, timeZone: string) {
  if (change.hasTime && published.hasTime) return change.epoch > published.epoch;
  return dayOf(change, timeZone) > dayOf(published, timeZone);
}

/** Whether a change is dated before publication (a mistake an author should fix). */
export function isBefore(change: PublicationDate, published: PublicationDate, timeZone: string) {
  if (change.hasTime && published.hasTime) return change.epoch < published.epoch;
  return dayOf(change, timeZone) < dayOf(published, timeZone);
}

function named(name: string): Named {
  let slug = slugsOfNames.get(name);
  if (slug === undefined) {
    slug = slugify(name);
    slugsOfNames.set(name, slug);
  }
  return { name, slug };
}

// A few hundred keywords, outlets and translators name 10,000 articles.
const slugsOfNames = new Map<string, string>();

function disclaimerOf(
  own: string | false | undefined,
  outlet: string,
  settings: SiteSettings,
): string | null {
  if (own === false) return null;
  return (own ?? settings.disclaimer)
    .replaceAll("{site}", settings.name)
    .replaceAll("{outlet}", outlet);
}

export function directionOf(language: string): "ltr" | "rtl" {
  let direction = directions.get(language);
  if (!direction) {
    const locale = new Intl.Locale(language) as Intl.Locale & { textInfo?: { direction?: string } };
    direction = locale.textInfo?.direction === "rtl" ? "rtl" : "ltr";
    directions.set(language, direction);
  }
  return direction;
}

// A handful of languages recur in every article; building an Intl.Locale each time shows up in
// profiles of a 10,000-article check.
const directions = new Map<string, "ltr" | "rtl">();

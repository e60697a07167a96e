// An Article as the rest of the site sees it: validated, normalised, with its URL and resolved
// disclaimer. Built from front matter by toArticle(); never from anything else.
import path from "node:path";
import { inSiteZone, type PublicationDate, parsePublicationDate } from "../dates.ts";
import type { SiteSettings } from "../settings.ts";
import { slugify } from "../slug.ts";
import type { ArticleFrontMatter } from "./schema.ts";

/** A named thing readers can browse by: a keyword, an outlet, a translator. */
export interface Named {
  name: string;
  slug: string;
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
}

/** Builds the Article of one validated file. */
export function toArticle(
  frontMatter: ArticleFrontMatter,
  file: string,
  settings: SiteSettings,
): Article {
  const slug = slugify(path.basename(file, path.extname(file)));
  // The schema has checked both dates, so parsing cannot fail here.
  const date = parsePublicationDate(frontMatter.date, settings.timeZone) as PublicationDate;
  const local = inSiteZone(date, settings.timeZone);
  const source = frontMatter.source;
  const language = ("language" in source && source.language) || settings.sourceLanguage;
  const outletName = source.name;

  return {
    file,
    slug,
    url: `/${local.toFormat("yyyy")}/${local.toFormat("MM")}/${slug}/`,
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
  };
}

function named(name: string): Named {
  return { name, slug: slugify(name) };
}

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
  const locale = new Intl.Locale(language) as Intl.Locale & { textInfo?: { direction?: string } };
  return locale.textInfo?.direction === "rtl" ? "rtl" : "ltr";
}

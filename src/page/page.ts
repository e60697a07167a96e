// Standalone pages under content/pages/ (About, Contact…): a title, a summary and Markdown.
import path from "node:path";
import { z } from "zod";
import { isoDate, text } from "../content/fields.ts";
import { type PublicationDate, parsePublicationDate } from "../dates.ts";
import { slugify } from "../slug.ts";

export const pageSchema = z.strictObject({
  title: text("the page's title").meta({ examples: ["About us"] }),
  summary: text("one or two sentences")
    .optional()
    .meta({ examples: ["Who we are and how we translate."] }),
  updated: isoDate()
    .optional()
    .meta({
      description: "When the page last changed in substance; tells search engines to look again.",
      examples: ["2025-11-20"],
    }),
});

export type PageFrontMatter = z.output<typeof pageSchema>;

export interface Page {
  file: string;
  slug: string;
  url: string;
  title: string;
  summary?: string;
  updated?: PublicationDate;
  /** The text, in Markdown. */
  body: string;
}

export function toPage(
  frontMatter: PageFrontMatter,
  body: string,
  file: string,
  timeZone = "UTC",
): Page {
  const slug = slugify(path.basename(file, path.extname(file)));
  return {
    file,
    slug,
    url: `/${slug}/`,
    title: frontMatter.title,
    summary: frontMatter.summary,
    updated: frontMatter.updated ? parsePublicationDate(frontMatter.updated, timeZone) : undefined,
    body,
  };
}

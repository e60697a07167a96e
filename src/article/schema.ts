// The article contract: the one schema every file under content/articles/ must satisfy.
// Everything downstream (pages, keyword lists, search) trusts what passes here. Descriptions and
// examples live here too, so error hints and the editor schema are never written twice.
import { z } from "zod";
import { isoDate, languageTag, nameOrNames, text, webAddress } from "../content/fields.ts";

/** The outlet an article was translated from, with details of the original when known. */
export const sourceDetailsSchema = z.strictObject({
  name: text("the outlet's name").meta({
    description: "The outlet's name as readers know it.",
    examples: ["Enab Baladi"],
  }),
  url: webAddress()
    .optional()
    .meta({
      description: "Address of the original article (http or https).",
      examples: ["https://www.enabbaladi.net/123456/"],
    }),
  title: text("the original headline")
    .optional()
    .meta({
      description: "The original headline, usually in Arabic.",
      examples: ["مداهمة في مارع"],
    }),
  language: languageTag()
    .optional()
    .meta({
      description: "Language of the original (BCP 47); the site's default when left out.",
      examples: ["ar"],
    }),
  author: nameOrNames("the original author's name")
    .optional()
    .meta({
      description: "Who wrote the original: a name or a list.",
      examples: ["Hassan Ibrahim"],
    }),
  date: isoDate()
    .optional()
    .meta({ description: "When the outlet published the original.", examples: ["2025-11-18"] }),
});

/** Readers browse by a handful of keywords; hundreds would make hundreds of near-empty pages. */
export const MAX_KEYWORDS = 20;
export const MAX_KEYWORD_LENGTH = 80;

/** A dated note at the end of an article saying what was corrected. */
export const correctionSchema = z.strictObject({
  date: isoDate().meta({
    description: "When the correction was made.",
    examples: ["2025-11-21"],
  }),
  note: text("the text of the correction").meta({
    description: "What was wrong and what it now says.",
    examples: ["An earlier version gave the number of detainees as twelve; it was eleven."],
  }),
});

/** The picture at the top of an article; the file sits beside the article's Markdown file. */
export const leadImageSchema = z.strictObject(
  {
    file: text("the picture's file name, e.g. marat-market.jpg").meta({
      description:
        "The picture's file, relative to the article's folder (JPEG, PNG, WebP, AVIF, GIF or TIFF).",
      examples: ["marat-market.jpg"],
    }),
    alt: text("a short description of what the picture shows, for readers who cannot see it").meta({
      description: "What the picture shows, for readers who cannot see it.",
      examples: ["A closed bakery on Marat's main street"],
    }),
    caption: text("a caption")
      .optional()
      .meta({
        description: "A caption shown under the picture.",
        examples: ["The main street of Marat the morning after the raid."],
      }),
    credit: text("who took or owns the picture")
      .optional()
      .meta({
        description: "Who took or owns the picture, shown as written.",
        examples: ["Photo: Enab Baladi"],
      }),
  },
  {
    error: (issue) =>
      issue.code === "invalid_type"
        ? "must be details of the picture: an indented file: line and an alt: line"
        : undefined,
  },
);

export const articleSchema = z.strictObject({
  title: text("the English headline").meta({
    description: "The English headline.",
    examples: ["Three killed in a night raid on Marat"],
  }),
  date: isoDate().meta({
    description:
      "Publication on this site: a date, or a date-time with its offset. A date-time without offset is read in the site's time zone.",
    examples: ["2025-11-19", "2025-11-19T14:30:00+03:00"],
  }),
  summary: text("one or two sentences")
    .optional()
    .meta({
      description:
        "One or two sentences under the headline; also the description for search engines and feeds.",
      examples: ["Residents say the raid lasted four hours."],
    }),
  source: z
    .union([text("the outlet's name").transform((name) => ({ name })), sourceDetailsSchema], {
      error: "must be the outlet's name, or details with at least a name: line",
    })
    .meta({
      description: "The outlet the article was translated from: its name, or details.",
      examples: ["Enab Baladi"],
    }),
  translator: nameOrNames("a translator's name").meta({
    description: "Who translated it: a name or a list of names.",
    examples: ["Lina Haddad"],
  }),
  disclaimer: z
    .union([text("the disclaimer's text"), z.literal(false)], {
      error: "must be the disclaimer's text, or false to show none",
    })
    .optional()
    .meta({
      description: "Replaces the site's disclaimer for this article; false shows none.",
      examples: ["This interview was translated with the permission of the outlet."],
    }),
  keywords: z
    .array(
      text("a keyword").max(MAX_KEYWORD_LENGTH, {
        error: `must be at most ${MAX_KEYWORD_LENGTH} characters: a keyword names a topic, place or person, not a sentence`,
      }),
      { error: 'must be a list with one keyword per line, each starting with "- "' },
    )
    .min(1, { error: "must list at least one keyword" })
    .max(MAX_KEYWORDS, {
      error: `must list at most ${MAX_KEYWORDS} keywords: keep the ones a reader would browse by`,
    })
    .meta({
      description: "Keywords readers can browse by; each gets its own page.",
      examples: [["Aleppo", "Detentions"]],
    }),
  section: text("the section's name")
    .optional()
    .meta({
      description: "The section the article belongs to; each section has its own front page.",
      examples: ["Opinion"],
    }),
  image: leadImageSchema.optional().meta({
    description: "A picture shown at the top of the article and when it is shared.",
    examples: [{ file: "marat-market.jpg", alt: "A closed bakery on Marat's main street" }],
  }),
  updated: isoDate()
    .optional()
    .meta({
      description:
        "When the translation was last changed in substance; shown as “Updated …”. The article keeps its place in lists.",
      examples: ["2025-11-20T09:00:00+03:00"],
    }),
  corrections: z
    .array(correctionSchema, {
      error: 'must be a list of corrections, each starting with "- date:" and a "note:" line',
    })
    .optional()
    .meta({
      description: "Dated notes shown at the end of the article, saying what was corrected.",
      examples: [[{ date: "2025-11-21", note: "An earlier version misspelled the town's name." }]],
    }),
  draft: z
    .boolean({ error: "must be true or false" })
    .optional()
    .meta({
      description: "true keeps the article out of the published site; the preview still shows it.",
      examples: [true],
    }),
});

/** Front matter as written, after validation. */
export type ArticleFrontMatter = z.output<typeof articleSchema>;

/** The fields an author may write, in the order the guide and `new` present them. */
export const ARTICLE_FIELDS = Object.keys(
  articleSchema.shape,
) as (keyof typeof articleSchema.shape)[];
export const SOURCE_FIELDS = Object.keys(sourceDetailsSchema.shape);
export const IMAGE_FIELDS = Object.keys(leadImageSchema.shape);

// Structured data for search engines: a schema.org NewsArticle per article, as JSON-LD. The
// original author (else the outlet) is the author; the translators are `translator`; this site is
// the publisher; the original article is `translationOfWork` and `isBasedOn`.
import type { Article } from "../article/article.ts";
import { withOffset } from "../dates.ts";
import type { Picture } from "../images.ts";
import type { SiteSettings } from "../settings.ts";
import type { SiteAddress } from "../site-address.ts";

type Json = Record<string, unknown>;

export interface StructuredDataContext {
  settings: SiteSettings;
  address: SiteAddress;
  picture?: Picture;
}

export function newsArticleOf(article: Article, context: StructuredDataContext): Json {
  const { settings, address, picture } = context;
  const source = article.source;
  const url = address.absolute(article.url);
  const outlet = compact({
    "@type": "NewsMediaOrganization",
    name: source.name,
    url: source.website,
    description: source.description,
  });
  const originalAuthors =
    source.authors.length > 0
      ? source.authors.map((name) => ({ "@type": "Person", name }))
      : undefined;
  return compact({
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: article.title,
    description: article.summary,
    url,
    mainEntityOfPage: { "@type": "WebPage", "@id": url },
    datePublished: withOffset(article.date, settings.timeZone),
    dateModified: withOffset(article.modified, settings.timeZone),
    inLanguage: settings.language,
    author: originalAuthors ?? [outlet],
    translator: article.translators.map((person) => ({
      "@type": "Person",
      name: person.name,
      url: address.absolute(`/translators/${person.slug}/`),
    })),
    publisher: { "@type": "NewsMediaOrganization", name: settings.name, url: address.root },
    translationOfWork: compact({
      "@type": "NewsArticle",
      headline: source.title,
      inLanguage: source.language,
      url: source.url,
      datePublished: source.date && withOffset(source.date, settings.timeZone),
      author: originalAuthors,
      publisher: outlet,
    }),
    isBasedOn: source.url,
    keywords: article.keywords.map((keyword) => keyword.name),
    articleSection: article.section?.name,
    image: picture && [
      compact({
        "@type": "ImageObject",
        url: address.absolute(picture.card.url),
        width: picture.card.width,
        height: picture.card.height,
        caption: picture.caption ?? picture.alt,
        creditText: picture.credit,
      }),
    ],
    isAccessibleForFree: true,
  });
}

/**
 * JSON for a <script type="application/ld+json"> element. `<`, `>` and `&` are written as
 * \u escapes (still the same JSON), so no text in an article can close the element or open a
 * comment; U+2028 and U+2029 likewise, for older JavaScript parsers.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/** Leaves out fields without a value, so the data never says "undefined" or "". */
function compact(object: Json): Json {
  const kept: Json = {};
  for (const [key, value] of Object.entries(object)) {
    if (value !== undefined && value !== "") kept[key] = value;
  }
  return kept;
}

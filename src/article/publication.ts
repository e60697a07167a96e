// Which articles readers may see: not drafts, and none dated after the moment of the build (an
// embargo: the article appears with the first build after its date). The preview shows all of
// them, marked, so authors can read what they are about to publish.
import type { Article } from "./article.ts";

export type PublicationStatus = "published" | "draft" | "scheduled";

export function publicationStatus(article: Article, now: number): PublicationStatus {
  if (article.draft) return "draft";
  return article.date.epoch > now ? "scheduled" : "published";
}

export function isPublished(article: Article, now: number): boolean {
  return publicationStatus(article, now) === "published";
}

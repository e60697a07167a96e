// Builds the Pagefind search index of a built site: article pages only, in a fixed order so the
// same content always gives the same index files.
import fs from "node:fs/promises";
import path from "node:path";
import * as pagefind from "pagefind";
import type { Article } from "../article/article.ts";

export interface SearchIndexReport {
  pages: number;
  /** Where the bundle was written: <output>/pagefind */
  bundle: string;
}

export class SearchIndexError extends Error {
  override name = "SearchIndexError";
}

export const SEARCH_BUNDLE_DIR = "pagefind";

/** The page file Eleventy wrote for a site-relative URL ending in "/". */
export function pageFileOf(outputDir: string, url: string): string {
  return path.join(outputDir, url, "index.html");
}

/**
 * Indexes every article page under `outputDir` and writes the bundle beside them. Pagefind's API
 * reports problems in `errors` instead of throwing: every such list is checked here.
 */
export async function indexArticles(
  outputDir: string,
  articles: readonly Article[],
  language: string,
): Promise<SearchIndexReport> {
  if (articles.length === 0)
    throw new SearchIndexError("there are no articles to index for search");
  const { index, errors } = await pagefind.createIndex({ forceLanguage: language.split("-")[0] });
  try {
    if (!index) throw new SearchIndexError(`Pagefind could not start: ${errors.join("; ")}`);
    let pages = 0;
    // Sorted by URL: Pagefind's output depends on the order pages are added.
    const sorted = [...articles].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
    for (const article of sorted) {
      const content = await fs.readFile(pageFileOf(outputDir, article.url), "utf8");
      const added = await index.addHTMLFile({ url: article.url, content });
      if (added.errors.length > 0) {
        throw new SearchIndexError(
          `Pagefind could not index ${article.url}: ${added.errors.join("; ")}`,
        );
      }
      if (added.file.uniqueWords > 0) pages++;
    }
    if (pages === 0)
      throw new SearchIndexError(
        "Pagefind indexed no words: the article pages have no searchable text",
      );
    const bundle = path.join(outputDir, SEARCH_BUNDLE_DIR);
    const written = await index.writeFiles({ outputPath: bundle });
    if (written.errors.length > 0) {
      throw new SearchIndexError(
        `Pagefind could not write the index: ${written.errors.join("; ")}`,
      );
    }
    return { pages, bundle };
  } finally {
    await pagefind.close();
  }
}

// Builds the Pagefind search index of a built site: article pages only, in a fixed order so the
// same content always gives the same index files.
import path from "node:path";
import * as pagefind from "pagefind";

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

/** Every article page: /YYYY/MM/slug/index.html (src/article/article.ts gives them that URL). */
const ARTICLE_PAGES = "[0-9][0-9][0-9][0-9]/[0-9][0-9]/*/index.html";

/**
 * Indexes the `articles` article pages under `outputDir` and writes the bundle beside them. Pagefind reads
 * the files itself, on every core, in its own fixed order, so the same pages always give the same
 * index files (feeding pages one by one through the API took twice as long). Its API reports
 * problems in `errors` instead of throwing, and an empty folder as 0 pages: both are checked.
 */
export async function indexArticles(
  outputDir: string,
  articles: number,
  language: string,
): Promise<SearchIndexReport> {
  if (articles === 0) throw new SearchIndexError("there are no articles to index for search");
  const { index, errors } = await pagefind.createIndex({ forceLanguage: language.split("-")[0] });
  try {
    if (!index) throw new SearchIndexError(`Pagefind could not start: ${errors.join("; ")}`);
    const added = await index.addDirectory({ path: outputDir, glob: ARTICLE_PAGES });
    if (added.errors.length > 0)
      throw new SearchIndexError(`Pagefind could not read the pages: ${added.errors.join("; ")}`);
    if (added.page_count !== articles) {
      throw new SearchIndexError(
        `Pagefind found ${added.page_count} article pages for ${articles} articles`,
      );
    }
    const bundle = path.join(outputDir, SEARCH_BUNDLE_DIR);
    const written = await index.writeFiles({ outputPath: bundle });
    if (written.errors.length > 0) {
      throw new SearchIndexError(
        `Pagefind could not write the index: ${written.errors.join("; ")}`,
      );
    }
    return { pages: added.page_count, bundle };
  } finally {
    await pagefind.close();
  }
}

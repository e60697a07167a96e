// The preview's search index: one Pagefind index kept open while `npm start` runs, so an edit
// re-indexes the pages it changed instead of the whole archive. Pagefind replaces the record of
// a URL that is added again; it cannot remove one, so a deleted article rebuilds the index.
// (The published site's index is made from scratch by src/search/indexer.ts.)
import fs from "node:fs/promises";
import path from "node:path";
import * as pagefind from "pagefind";
import {
  ARTICLE_PAGES,
  INDEXED_ROOT,
  pageFileOf,
  SEARCH_BUNDLE_DIR,
  SearchIndexError,
} from "./indexer.ts";

export interface LiveSearchUpdate {
  /** Article pages in the index. */
  pages: number;
  /** Pages (re)indexed by this update. */
  indexed: number;
  /** Whether the index was made again from every page. */
  rebuilt: boolean;
}

export class LiveSearchIndex {
  #index: pagefind.PagefindIndex | undefined;
  /** URLs in the index. */
  #urls = new Set<string>();
  /** Updates run one after another: Pagefind must not write while pages are being added. */
  #last: Promise<unknown> = Promise.resolve();
  /** The update waiting for the running one, which takes every change asked for meanwhile. */
  #next: Promise<LiveSearchUpdate> | undefined;
  #nextUrls: readonly string[] = [];
  #nextChanged = new Set<string>();

  constructor(
    readonly outputDir: string,
    readonly language: string,
  ) {}

  /**
   * Brings the index up to date with the article pages now written: `urls` are all articles'
   * URLs, `changed` those whose page was written since the last update. The first update, and
   * any after an article disappeared, indexes every page in URL order. Writing the index takes
   * long at archive scale (Pagefind writes all of it): saves made meanwhile share one update.
   */
  update(urls: readonly string[], changed: readonly string[]): Promise<LiveSearchUpdate> {
    this.#nextUrls = urls;
    for (const url of changed) this.#nextChanged.add(url);
    if (!this.#next) {
      this.#next = this.#last.then(() => {
        this.#next = undefined;
        const pages = [...this.#nextChanged];
        this.#nextChanged.clear();
        return this.#update(this.#nextUrls, pages);
      });
      this.#last = this.#next.catch(() => undefined);
    }
    return this.#next;
  }

  /** Stops Pagefind's process. */
  async close(): Promise<void> {
    await this.#last;
    await pagefind.close();
  }

  async #update(urls: readonly string[], changed: readonly string[]): Promise<LiveSearchUpdate> {
    const current = new Set(urls);
    const rebuild = !this.#index || [...this.#urls].some((url) => !current.has(url));
    if (rebuild) {
      await this.#index?.deleteIndex();
      const { index, errors } = await pagefind.createIndex({
        forceLanguage: this.language.split("-")[0],
        rootSelector: INDEXED_ROOT,
      });
      if (!index) throw new SearchIndexError(`Pagefind could not start: ${errors.join("; ")}`);
      this.#index = index;
      this.#urls = new Set();
    }
    let adding: string[];
    if (rebuild) {
      // Pagefind reads every article page itself, on every core, as the published build's does.
      adding = [...current];
      await this.#addEveryPage(adding);
    } else {
      adding = changed.filter((url) => current.has(url));
      for (const url of adding) await this.#add(url);
    }
    const bundle = path.join(this.outputDir, SEARCH_BUNDLE_DIR);
    if (rebuild) {
      // Pagefind leaves files it no longer needs: a new index goes into a fresh folder, swapped
      // in whole, so nothing of a deleted article is left to find.
      const fresh = `${bundle}.new`;
      await fs.rm(fresh, { recursive: true, force: true });
      await this.#write(fresh);
      await fs.rm(`${bundle}.old`, { recursive: true, force: true });
      await fs.rename(bundle, `${bundle}.old`).catch(() => undefined);
      await fs.rename(fresh, bundle);
      await fs.rm(`${bundle}.old`, { recursive: true, force: true });
    } else if (adding.length > 0) await this.#write(bundle);
    return { pages: this.#urls.size, indexed: adding.length, rebuilt: rebuild };
  }

  async #write(outputPath: string): Promise<void> {
    const written = await this.#index?.writeFiles({ outputPath });
    if (written && written.errors.length > 0)
      throw new SearchIndexError(
        `Pagefind could not write the index: ${written.errors.join("; ")}`,
      );
  }

  async #addEveryPage(urls: readonly string[]): Promise<void> {
    const added = await this.#index?.addDirectory({ path: this.outputDir, glob: ARTICLE_PAGES });
    if (added && added.errors.length > 0)
      throw new SearchIndexError(`Pagefind could not read the pages: ${added.errors.join("; ")}`);
    if (added && added.page_count !== urls.length) {
      throw new SearchIndexError(
        `Pagefind found ${added.page_count} article pages for ${urls.length} articles`,
      );
    }
    this.#urls = new Set(urls);
  }

  async #add(url: string): Promise<void> {
    const content = await fs.readFile(pageFileOf(this.outputDir, url), "utf8");
    const added = await this.#index?.addHTMLFile({ url, content });
    if (added && added.errors.length > 0)
      throw new SearchIndexError(`Pagefind could not index ${url}: ${added.errors.join("; ")}`);
    this.#urls.add(url);
  }
}

// Validated content and the lists computed from it, held in one place so the dev server can
// swap in a new version after an edit while Eleventy keeps reading through the same object.
// It also decides what this build shows: a production build leaves out drafts and articles dated
// after "now"; the preview shows them, marked.
import path from "node:path";
import type { Article } from "./article/article.ts";
import { isPublished, publicationStatus } from "./article/publication.ts";
import { type SiteData, siteDataOf } from "./collections/site-data.ts";
import {
  type Content,
  contentIsValid,
  listedAsBefore,
  loadContent,
  reloadContent,
} from "./content/load.ts";
import type { ContentProblem } from "./content/problems.ts";
import { DEFAULT_CARD, type PreparedPictures, preparePictures } from "./images.ts";

export interface LiveOptions {
  /** The preview (npm start): drafts and scheduled articles are shown, marked. */
  preview?: boolean;
  /** The moment treated as now, asked again for every rebuild; the clock by default. */
  now?: () => number;
  /** The path the site is served under: "/" or "/news/". */
  base?: string;
  /** Replaces the site settings' url (--url on the build). */
  url?: string;
  /** Where processed pictures are kept from one build to the next. */
  imageCache?: string;
}

export const DEFAULT_IMAGE_CACHE = path.resolve(".cache", "images");

/**
 * The pages a build writes. Pages left out keep what an earlier build wrote: the preview writes
 * only the articles just saved; a full build writes the articles first, so that the search index
 * can start on them while the other pages are written.
 */
export interface PageSelection {
  /** All articles' pages, none, or those of these files (absolute paths). */
  articles: "all" | "none" | ReadonlySet<string>;
  /** Every other page: standalone pages, lists, feeds, sitemaps, search, 404. */
  others: boolean;
}

export const EVERY_PAGE: PageSelection = { articles: "all", others: true };

export class LiveContent {
  readonly options: Required<Omit<LiveOptions, "url">> & Pick<LiveOptions, "url">;
  #source: Content;
  #content: Content;
  /** The content as last read, with or without errors: the next reload starts from it. */
  #latest: Content;
  /** Files changed since the content was last without errors, by absolute path. */
  #heldBack = new Set<string>();
  #listsKept = false;

  /** Which pages builds write: every page unless told otherwise (see PageSelection). */
  writing: PageSelection = EVERY_PAGE;
  #data: SiteData | undefined;
  #pictures: PreparedPictures | undefined;

  constructor(content: Content, options: LiveOptions = {}) {
    this.options = {
      preview: options.preview ?? false,
      now: options.now ?? Date.now,
      base: options.base ?? "/",
      url: options.url,
      imageCache: options.imageCache ?? DEFAULT_IMAGE_CACHE,
    };
    this.#source = content;
    this.#latest = content;
    this.#content = this.#edition(content);
  }

  /** The content this build shows: settings as overridden, articles readers may see. */
  get content(): Content {
    return this.#content;
  }

  /** The articles whose pages this build writes (see `writing`). */
  get articlesToWrite(): Article[] {
    const { articles } = this.#content;
    const selected = this.writing.articles;
    if (selected === "all") return articles;
    if (selected === "none") return [];
    return articles.filter((article) => selected.has(path.resolve(article.file)));
  }

  /** Articles in the content folder that this build leaves out. */
  get withheld(): { drafts: number; scheduled: number } {
    const now = this.options.now();
    let drafts = 0;
    let scheduled = 0;
    if (!this.options.preview) {
      for (const article of this.#source.articles) {
        const status = publicationStatus(article, now);
        if (status === "draft") drafts++;
        else if (status === "scheduled") scheduled++;
      }
    }
    return { drafts, scheduled };
  }

  get data(): SiteData {
    if (!this.#data) {
      const now = this.options.now();
      const unpublished = this.options.preview
        ? new Map(
            this.#content.articles.flatMap((article) => {
              const status = publicationStatus(article, now);
              return status === "published" ? [] : [[article.url, status] as const];
            }),
          )
        : undefined;
      this.#data = siteDataOf(
        this.#content,
        { now, base: this.options.base, unpublished },
        this.#pictures,
      );
    }
    return this.#data;
  }

  /** Cache entries of the pictures of the current content, to write into the output. */
  get pictureEntries(): ReadonlySet<string> {
    return this.#pictures?.entries ?? new Set();
  }

  /**
   * Processes the lead pictures of the current content and the site's card (cached between
   * builds). Returns the problems of pictures that could not be read.
   */
  async preparePictures(): Promise<ContentProblem[]> {
    const { directory, settings, articles } = this.#content;
    const card = settings.image ? path.resolve(directory, settings.image) : DEFAULT_CARD;
    this.#pictures = await preparePictures(articles, card, this.options.imageCache);
    this.#data = undefined;
    return this.#pictures.problems;
  }

  /**
   * Reads the content folder again: only the files named in `changed` when given (see
   * reloadContent), else all of it. With errors, the last good content stays in use (the preview
   * keeps working) and the new problems are returned for the author to fix. Call
   * preparePictures() next.
   */
  reload(changed?: readonly string[]): Content {
    const next = changed
      ? reloadContent(this.#latest, changed)
      : loadContent(this.#source.directory);
    const fromShown = this.#latest === this.#source;
    this.#latest = next;
    if (contentIsValid(next)) {
      this.#source = next;
      this.#content = this.#edition(next);
      // Lists hold the same articles in the same places: only the articles' own pages change.
      this.#listsKept = fromShown && listedAsBefore(next);
      if (!this.#listsKept) this.#data = undefined;
      this.#heldBack.clear();
    } else {
      for (const file of changed ?? []) this.#heldBack.add(path.resolve(file));
    }
    return next;
  }

  /**
   * Whether the last reload changed only articles' texts (body, headline, summary…), each filed
   * and named as before: the lists were kept, so their pages still show the earlier headlines.
   */
  get listsKept(): boolean {
    return this.#listsKept;
  }

  /**
   * Files saved since the content last had no errors. Their pages keep the last good version
   * until every error is fixed: rendering them now would mix the new text with the old data.
   */
  get heldBack(): ReadonlySet<string> {
    return this.#heldBack;
  }

  #edition(source: Content): Content {
    const { preview, url } = this.options;
    const now = this.options.now();
    return {
      ...source,
      settings: url ? { ...source.settings, url } : source.settings,
      articles: preview
        ? source.articles
        : source.articles.filter((article) => isPublished(article, now)),
    };
  }
}

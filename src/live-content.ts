// Validated content and the lists computed from it, held in one place so the dev server can
// swap in a new version after an edit while Eleventy keeps reading through the same object.
import { type SiteData, siteDataOf } from "./collections/site-data.ts";
import { type Content, contentIsValid, loadContent } from "./content/load.ts";

export class LiveContent {
  #content: Content;
  #data: SiteData;

  constructor(content: Content) {
    this.#content = content;
    this.#data = siteDataOf(content);
  }

  get content(): Content {
    return this.#content;
  }

  get data(): SiteData {
    return this.#data;
  }

  /**
   * Reads the content folder again. With errors, the last good content stays in use (the
   * preview keeps working) and the new problems are returned for the author to fix.
   */
  reload(): Content {
    const next = loadContent(this.#content.directory);
    if (contentIsValid(next)) {
      this.#content = next;
      this.#data = siteDataOf(next);
    }
    return next;
  }
}

// The site's own template filters: dates as readers see them, and writing direction.
import type UserConfig from "@11ty/eleventy/UserConfig";
import { directionOf } from "./article/article.ts";
import { isolate } from "./bidi.ts";
import { formatForReaders, type PublicationDate } from "./dates.ts";
import type { LiveContent } from "./live-content.ts";

export function filtersPlugin(eleventyConfig: UserConfig, { live }: { live: LiveContent }): void {
  eleventyConfig.addFilter("readableDate", (date: PublicationDate) =>
    formatForReaders(date, live.content.settings.timeZone),
  );
  // "ltr" or "rtl" for a language tag: the page's dir follows the site's language.
  eleventyConfig.addFilter("textDirection", (language: string) => directionOf(language));
  // Right-to-left names isolated in plain text such as <title>.
  eleventyConfig.addFilter("isolate", (text: string) => isolate(text));
}

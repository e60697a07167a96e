// The site's own template filters: dates as readers see them.
import type UserConfig from "@11ty/eleventy/UserConfig";
import { formatForReaders, type PublicationDate } from "./dates.ts";
import type { LiveContent } from "./live-content.ts";

export function filtersPlugin(eleventyConfig: UserConfig, { live }: { live: LiveContent }): void {
  eleventyConfig.addFilter("readableDate", (date: PublicationDate) =>
    formatForReaders(date, live.content.settings.timeZone),
  );
}

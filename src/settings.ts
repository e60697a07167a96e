// Site settings: the one place for the newsroom's name, address, defaults and navigation.
// Read from content/site.yaml; every field has a default so a folder with only articles builds.
import { z } from "zod";
import { languageTag, linkAddress, timeZone } from "./content/fields.ts";

export const DEFAULT_DISCLAIMER =
  "This article was translated and edited by {site}. {site} has not verified the content of the original article from {outlet} and does not necessarily share its views.";

const navigationLink = z.strictObject({
  title: z.string().trim().min(1),
  url: linkAddress(),
});

export const siteSettingsSchema = z.strictObject({
  /** The newsroom's name, shown in the header and in every <title>. */
  name: z.string().trim().min(1).default("Translated News"),
  /** One line about the site, for the front page and feeds. */
  description: z
    .string()
    .trim()
    .default("English translations of reporting from Arabic-language media."),
  /** The absolute address the site is published at, used for canonical links and feeds. */
  url: z.url({ protocol: /^https?$/ }).default("http://localhost:8080/"),
  /** The language of this site's pages (BCP 47). */
  language: languageTag().default("en"),
  /** The language of originals when an article does not say (BCP 47). */
  sourceLanguage: languageTag().default("ar"),
  /** IANA time zone in which dates are shown and bare date-times are read. */
  timeZone: timeZone().default("UTC"),
  /** Shown on every article unless it sets its own; {site} and {outlet} are filled in. */
  disclaimer: z.string().trim().min(1).default(DEFAULT_DISCLAIMER),
  /** Articles per page on the front page and keyword pages. */
  perPage: z.int().min(1).max(200).default(20),
  /** Links in the header, in order. */
  navigation: z.array(navigationLink).default([]),
  /**
   * The picture shown when a page without its own picture is shared: a file in the content
   * folder, 1200×630 pixels works best. The site's built-in card otherwise.
   */
  image: z.string().trim().min(1).optional(),
});

export type SiteSettings = z.output<typeof siteSettingsSchema>;

/** Every default, as a folder without site.yaml gets them. */
export const defaultSettings: SiteSettings = siteSettingsSchema.parse({});

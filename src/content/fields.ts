// Field types shared by every schema under content/, each with the message an author sees.
// Messages read as the end of a sentence that starts with the field's name.
import { IANAZone } from "luxon";
import { z } from "zod";
import { isRealDate } from "../dates.ts";
import { isSafeLink } from "../security/links.ts";

/** Non-empty text on one line or several; numbers and booleans are refused, not converted. */
export const text = (what = "text") =>
  z
    .string({ error: `must be ${what} (put it in quotes if it looks like a number or yes/no)` })
    .trim()
    .min(1, { error: `must not be empty` });

/** A name, or a list of names: always returned as a list. */
export const nameOrNames = (what: string) =>
  z
    .union([text(what).transform((name) => [name]), z.array(text(what)).min(1)], {
      error: `must be ${what} or a list of them`,
    })
    .transform((names) => [...new Set(names)]);

/** An http(s) address; other schemes (javascript:, data:, file:) are refused. */
export const webAddress = () =>
  z.url({
    protocol: /^https?$/,
    hostname: z.regexes.domain,
    error: "must be a web address starting with https:// (or http://)",
  });

/** A link on a page: an http(s) or mailto address, or one on this site such as "/about/". */
export const linkAddress = () =>
  text("an address").refine(isSafeLink, {
    error:
      'must be an address starting with https://, http:// or mailto:, or one on this site such as "/about/"',
  });

/** A BCP 47 language tag such as "ar", "ar-SY", "ku-Arab", "en"; returned in canonical case. */
export const languageTag = () =>
  z
    .string({ error: `must be a language code like "ar" or "en"` })
    .trim()
    .refine(isLanguageTag, { error: `must be a language code like "ar", "ar-SY" or "en"` })
    .transform((tag) => Intl.getCanonicalLocales(tag)[0] ?? tag);

/** An IANA time zone such as "Asia/Damascus" or "UTC". */
export const timeZone = () =>
  z.string().refine((zone) => IANAZone.isValidZone(zone), {
    error: `must be a time zone like "Asia/Damascus", "Europe/Berlin" or "UTC"`,
  });

const DATE_MESSAGE = "must be a date like 2025-11-19 or 2025-11-19T14:30:00+03:00";
const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * A calendar date or ISO 8601 date-time, checked on the text the author wrote (YAML's own date
 * type would quietly turn 2025-13-45 into a day in 2026).
 */
export const isoDate = () =>
  z
    .string({ error: DATE_MESSAGE })
    .trim()
    .regex(DATE_SHAPE, { error: DATE_MESSAGE })
    .refine(isRealDate, { error: DATE_MESSAGE });

function isLanguageTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

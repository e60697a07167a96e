// Dates as authors write them and as readers see them: one parser, one formatter.
import { DateTime } from "luxon";
import { readableDay, readableMoment } from "./readable-date.ts";

/** A moment as the author wrote it: a calendar date, or a date-time. */
export interface PublicationDate {
  /** ISO 8601 as published in markup: "2025-11-19" or "2025-11-19T14:30:00+03:00". */
  readonly iso: string;
  /** Milliseconds since the epoch, for sorting (a bare date counts from its midnight in the site's zone). */
  readonly epoch: number;
  /** Whether the author gave a time of day. */
  readonly hasTime: boolean;
  /** As readers see it: "19 November 2025", or "19 November 2025, 14:30 GMT+3" with a time. */
  readonly readable: string;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * Parses an author's date from its raw text. A date-time without an offset is read in the
 * site's time zone. Returns undefined for anything that is not a real calendar date.
 */
export function parsePublicationDate(raw: string, timeZone: string): PublicationDate | undefined {
  const key = `${raw}\u0000${timeZone}`;
  if (!parsed.has(key)) parsed.set(key, parseUncached(raw, timeZone));
  return parsed.get(key);
}

// Thousands of articles share a publication day; converting a day in an IANA zone is the
// costly part of reading a large archive. Results are never mutated, so they can be shared.
const parsed = new Map<string, PublicationDate | undefined>();

function parseUncached(raw: string, timeZone: string): PublicationDate | undefined {
  const text = raw.trim();
  if (DATE_ONLY.test(text)) {
    const day = DateTime.fromISO(text, { zone: timeZone });
    if (!day.isValid) return undefined;
    return dated(text, day.toMillis(), false, timeZone);
  }
  if (DATE_TIME.test(text)) {
    const moment = DateTime.fromISO(text, { zone: timeZone, setZone: true });
    if (!moment.isValid) return undefined;
    return dated(
      moment.toISO({ suppressMilliseconds: true }) ?? text,
      moment.toMillis(),
      true,
      timeZone,
    );
  }
  return undefined;
}

// The readable form is worked out when a page first shows the date (checking never needs it),
// then kept: a date is shown on its article and in every list the article appears in, and
// parsed dates are shared. Templates read it as a property, so partials need no filter bound
// to the build's settings.
function dated(iso: string, epoch: number, hasTime: boolean, timeZone: string): PublicationDate {
  let readable: string | undefined;
  return {
    iso,
    epoch,
    hasTime,
    get readable() {
      readable ??= formatForReaders({ iso, epoch, hasTime }, timeZone);
      return readable;
    },
  };
}

/** The moment in the site's time zone, for display and for deriving the URL's year and month. */
export function inSiteZone(date: PublicationDate, timeZone: string): DateTime {
  return DateTime.fromMillis(date.epoch, { zone: timeZone });
}

/** "19 November 2025", or "19 November 2025, 14:30 GMT+3" when the author gave a time. */
export function formatForReaders(
  date: Pick<PublicationDate, "iso" | "epoch" | "hasTime">,
  timeZone: string,
): string {
  if (date.hasTime) return readableMoment(date.epoch, timeZone);
  // A bare date is that day wherever the site is: no time zone to convert through.
  const [year, month, day] = date.iso.split("-").map(Number);
  return readableDay(year as number, month as number, day as number);
}

/**
 * A full date-time with its offset, as feeds, sitemaps and structured data require: a bare date
 * becomes midnight in the site's time zone ("2025-11-19" → "2025-11-19T00:00:00+03:00").
 */
export function withOffset(date: PublicationDate, timeZone: string): string {
  if (date.hasTime) return date.iso;
  return inZoneOnce(offsetMidnights, date, timeZone, (moment) =>
    moment.toISO({ suppressMilliseconds: true }),
  );
}

/** The calendar day of a date in the site's time zone, as "2025-11-19". */
export function dayOf(date: PublicationDate, timeZone: string): string {
  return inZoneOnce(calendarDays, date, timeZone, (moment) => moment.toISODate());
}

// Thousands of articles share a day, and each page shows its dates several times: converting
// through an IANA zone is the slow part, so each result is worked out once per process.
const offsetMidnights = new Map<string, string>();
const calendarDays = new Map<string, string>();

function inZoneOnce(
  cache: Map<string, string>,
  date: PublicationDate,
  timeZone: string,
  format: (moment: DateTime) => string | null,
): string {
  const key = `${timeZone} ${date.epoch}`;
  let text = cache.get(key);
  if (text === undefined) {
    text = format(inSiteZone(date, timeZone)) ?? date.iso.slice(0, 10);
    cache.set(key, text);
  }
  return text;
}

/** The later of two dates (the first when equal). */
export function latest(a: PublicationDate, b: PublicationDate): PublicationDate {
  return b.epoch > a.epoch ? b : a;
}

// Dates as authors write them and as readers see them: one parser, one formatter.
import { DateTime } from "luxon";
import { partsInZone, readableDay, readableMoment } from "./readable-date.ts";

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
  const exact = withOwnOffset(text);
  if (exact !== undefined) return dated(text, exact, true, timeZone);
  if (DATE_ONLY.test(text)) {
    const day = calendarDayOf(text);
    return day && dated(text, startOfDayIn(...day, timeZone), false, timeZone);
  }
  const dateTime = DATE_TIME.exec(text);
  if (dateTime) {
    // With its own offset the moment is plain; without one, luxon reads the wall clock and
    // momentOfWallClock says when that was in the site's zone.
    const ownOffset = dateTime[3] !== undefined;
    const read = DateTime.fromISO(text, ownOffset ? { setZone: true } : { zone: "utc" });
    if (!read.isValid) return undefined;
    const moment = ownOffset
      ? read
      : DateTime.fromMillis(momentOfWallClock(read.toMillis(), timeZone), { zone: timeZone });
    return dated(
      moment.toISO({ suppressMilliseconds: true }) ?? text,
      moment.toMillis(),
      true,
      timeZone,
    );
  }
  return undefined;
}

// A date-time with seconds and its offset, as most articles give it (and as published):
// 2025-11-19T14:30:00+03:00. Read without luxon, which took a fifth of checking 10,000 articles.
const WITH_OFFSET = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})([+-])(\d{2}):(\d{2})$/;

/**
 * The moment of such a date-time in milliseconds, when every field is in its ordinary range;
 * undefined for any other text, which luxon reads (and judges) instead.
 */
function withOwnOffset(text: string): number | undefined {
  const match = WITH_OFFSET.exec(text);
  if (!match) return undefined;
  const field = (index: number) => Number(match[index]);
  const [year, month, day, hour, minute, second] = [1, 2, 3, 4, 5, 6].map(field) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const [offsetHours, offsetMinutes] = [field(8), field(9)];
  const sign = match[7] === "-" ? -1 : 1;
  if (
    !isCalendarDay(year, month, day) ||
    hour > 23 ||
    minute > 59 ||
    second > 59 ||
    offsetHours > 14 ||
    offsetMinutes > 59 ||
    // luxon writes a zero offset as Z.
    offsetHours + offsetMinutes === 0
  ) {
    return undefined;
  }
  return (
    utcMoment(year, month, day, hour, minute, second) -
    sign * (offsetHours * 60 + offsetMinutes) * 60_000
  );
}

/**
 * The moment a wall-clock time (given as if it were UTC) names in a time zone, the same whatever
 * the season of the build. Times that a clock change repeats or skips are read as RFC 5545 reads
 * them: a repeated time is its first occurrence; a skipped one is read with the offset before the
 * change (02:30 on a night the clocks jump from 02:00 to 03:00 is 03:30). Luxon starts its guess
 * from the zone's offset at the moment it runs, so a repeated midnight or hour came out an hour
 * apart in a build made in summer and one made in winter. (Without luxon's objects: reading an
 * archive's bare dates takes half the time.)
 */
function momentOfWallClock(local: number, timeZone: string): number {
  // A day earlier, the clocks are as they were before any change near this time.
  const before = offsetAt(local - DAY_MS, timeZone);
  const first = local - before * 60_000;
  const there = offsetAt(first, timeZone);
  if (there === before) return first;
  // The clocks changed in between: after they went back, the time came (again) with the new
  // offset; in the hour they skipped, it never came, and `first` is the offset before it.
  const second = local - there * 60_000;
  return offsetAt(second, timeZone) === there ? second : first;
}

const DAY_MS = 86_400_000;

/** The moment a day starts in a time zone: its first instant, also where a clock change skips or repeats midnight. */
function startOfDayIn(year: number, month: number, day: number, timeZone: string): number {
  return momentOfWallClock(utcMoment(year, month, day, 0, 0, 0), timeZone);
}

const WALL_CLOCK: Intl.DateTimeFormatOptions = {
  era: "short",
  year: "numeric",
  month: "numeric",
  day: "numeric",
  hour: "numeric",
  minute: "numeric",
  second: "numeric",
  hourCycle: "h23",
};

/** The zone's offset from UTC at a moment, in minutes (older offsets can have seconds). */
function offsetAt(epoch: number, timeZone: string): number {
  const parts = partsInZone(epoch, timeZone, WALL_CLOCK);
  const year = Number(parts.year);
  const wallClock = utcMoment(
    parts.era === "BC" ? 1 - year : year,
    Number(parts.month),
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  const wholeSeconds = epoch - (((epoch % 1000) + 1000) % 1000);
  return (wallClock - wholeSeconds) / 60_000;
}

/** The moment a UTC calendar time names; years 0–99 too (Date.UTC reads them as 1900–1999). */
function utcMoment(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
): number {
  const moment = new Date(0);
  moment.setUTCFullYear(year, month - 1, day);
  moment.setUTCHours(hour, minute, second);
  return moment.getTime();
}

/** Whether `raw` is a real calendar date or date-time in ISO 8601 (2025-13-45 is not). */
export function isRealDate(raw: string): boolean {
  if (DATE_ONLY.test(raw)) return calendarDayOf(raw) !== undefined;
  return withOwnOffset(raw) !== undefined || DateTime.fromISO(raw, { setZone: true }).isValid;
}

/** Year, month and day of a bare date ("2025-11-19"), when that day exists. */
function calendarDayOf(bareDate: string): [number, number, number] | undefined {
  const [year, month, day] = bareDate.split("-").map(Number) as [number, number, number];
  return isCalendarDay(year, month, day) ? [year, month, day] : undefined;
}

/** Whether the day exists: not the 30th of February, nor a 13th month. */
function isCalendarDay(year: number, month: number, day: number): boolean {
  const calendar = new Date(0);
  // Not Date.UTC, which reads years 0–99 as 1900–1999.
  calendar.setUTCFullYear(year, month - 1, day);
  return (
    calendar.getUTCFullYear() === year &&
    calendar.getUTCMonth() === month - 1 &&
    calendar.getUTCDate() === day
  );
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
  return oncePerMoment(
    offsetMidnights,
    date,
    timeZone,
    () => inSiteZone(date, timeZone).toISO({ suppressMilliseconds: true }) ?? date.iso,
  );
}

/** The calendar day of a date in the site's time zone, as "2025-11-19". */
export function dayOf(date: PublicationDate, timeZone: string): string {
  // A bare date is that day in the site's zone.
  if (!date.hasTime) return date.iso;
  return oncePerMoment(calendarDays, date, timeZone, () => calendarDayIn(date.epoch, timeZone));
}

// Through one cached Intl formatter, as readers' dates: luxon's own conversion was the slow part
// of filing 10,000 articles by month.
const CALENDAR_DAY: Intl.DateTimeFormatOptions = {
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
};

function calendarDayIn(epoch: number, timeZone: string): string {
  const parts = partsInZone(epoch, timeZone, CALENDAR_DAY);
  return `${parts.year}-${parts.month}-${parts.day}`;
}

// Thousands of articles share a day, and each page shows its dates several times: converting
// through an IANA zone is the slow part, so each result is worked out once per process.
const offsetMidnights = new Map<string, string>();
const calendarDays = new Map<string, string>();

function oncePerMoment(
  cache: Map<string, string>,
  date: PublicationDate,
  timeZone: string,
  work: () => string,
): string {
  const key = `${timeZone} ${date.epoch}`;
  let text = cache.get(key);
  if (text === undefined) {
    text = work();
    cache.set(key, text);
  }
  return text;
}

/** The later of two dates (the first when equal). */
export function latest(a: PublicationDate, b: PublicationDate): PublicationDate {
  return b.epoch > a.epoch ? b : a;
}

// Dates as readers see them, "19 November 2025" or "19 November 2025, 14:30 GMT+3", written with
// the platform's Intl alone: the article pages (src/dates.ts) and the search page's results
// (src/search/client.ts, in the browser) share it, so both always show a date the same way.

const DAY = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" });

const MOMENT: Intl.DateTimeFormatOptions = {
  day: "numeric",
  month: "long",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
  timeZoneName: "short",
};

/** The parts of a moment as written in a time zone, in the form `options` asks for. */
export function partsInZone(
  epoch: number,
  timeZone: string,
  options: Intl.DateTimeFormatOptions,
): Partial<Record<Intl.DateTimeFormatPartTypes, string>> {
  let byZone = formats.get(options);
  if (!byZone) {
    byZone = new Map();
    formats.set(options, byZone);
  }
  let format = byZone.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-GB", { ...options, timeZone });
    byZone.set(timeZone, format);
  }
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const part of format.formatToParts(epoch)) parts[part.type] = part.value;
  return parts;
}

// One formatter per form and time zone: building one costs far more than using it.
const formats = new Map<Intl.DateTimeFormatOptions, Map<string, Intl.DateTimeFormat>>();

/** A calendar day: "19 November 2025". */
export function readableDay(year: number, month: number, day: number): string {
  return DAY.format(Date.UTC(year, month - 1, day));
}

/** A moment in a time zone: "19 November 2025, 14:30 GMT+3". */
export function readableMoment(epoch: number, timeZone: string): string {
  const parts = partsInZone(epoch, timeZone, MOMENT);
  return `${parts.day} ${parts.month} ${parts.year}, ${parts.hour}:${parts.minute} ${parts.timeZoneName}`;
}

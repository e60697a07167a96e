import { DateTime, Settings } from "luxon";
import { describe, expect, it, vi } from "vitest";
import {
  dayOf,
  formatForReaders,
  inSiteZone,
  isRealDate,
  type PublicationDate,
  parsePublicationDate,
} from "../src/dates.ts";

function mustParse(raw: string, zone: string): PublicationDate {
  const date = parsePublicationDate(raw, zone);
  if (!date) throw new Error(`${raw} did not parse`);
  return date;
}

describe("parsePublicationDate", () => {
  it("keeps a bare date as a date, counted from midnight in the site's zone", () => {
    const date = mustParse("2025-11-19", "Asia/Damascus");
    expect(date).toMatchObject({ iso: "2025-11-19", hasTime: false });
    expect(inSiteZone(date, "Asia/Damascus").toISODate()).toBe("2025-11-19");
  });

  it("keeps the author's offset on a date-time", () => {
    const date = parsePublicationDate("2025-11-19T14:30:00+03:00", "UTC");
    expect(date?.iso).toBe("2025-11-19T14:30:00+03:00");
    expect(date?.epoch).toBe(Date.UTC(2025, 10, 19, 11, 30));
  });

  it("reads a date-time without offset in the site's zone", () => {
    const date = parsePublicationDate("2025-11-19T14:30", "Asia/Damascus");
    expect(date?.iso).toBe("2025-11-19T14:30:00+03:00");
  });

  it("refuses dates that do not exist", () => {
    expect(parsePublicationDate("2025-13-45", "UTC")).toBeUndefined();
    expect(parsePublicationDate("2025-02-30", "UTC")).toBeUndefined();
    expect(parsePublicationDate("19/11/2025", "UTC")).toBeUndefined();
  });
});

describe("formatForReaders", () => {
  it("shows the day in the site's time zone, with the time when given", () => {
    expect(formatForReaders(mustParse("2025-11-19", "UTC"), "UTC")).toBe("19 November 2025");
    const late = mustParse("2025-11-19T23:30:00Z", "UTC");
    expect(formatForReaders(late, "Asia/Damascus")).toBe("20 November 2025, 02:30 GMT+3");
  });

  it("is what a parsed date shows readers, in the zone it was parsed for", () => {
    expect(mustParse("2025-11-19T23:30:00Z", "Asia/Damascus").readable).toBe(
      "20 November 2025, 02:30 GMT+3",
    );
    expect(mustParse("2025-11-19", "Asia/Damascus").readable).toBe("19 November 2025");
  });
});

describe("dates read without luxon, as luxon reads them", () => {
  const ZONE = "Asia/Damascus";
  const withOffsets = [
    "2025-11-19T14:30:00+03:00",
    "2025-11-19T00:05:09-05:00",
    "2024-02-29T23:59:59+05:45",
    "2025-03-30T02:30:00+02:00",
    "1999-12-31T23:00:00-12:00",
    "2025-11-19T14:30:00+00:00",
    "2025-11-19T14:30:00-00:00",
  ];
  const notReal = [
    "2025-02-29T10:00:00+02:00",
    "2025-11-19T10:60:00+03:00",
    "2025-11-19T10:00:61+03:00",
    "2025-04-31",
    "2025-00-10",
    "2025-13-45",
  ];

  it("gives each date-time the moment and the form luxon gives it", () => {
    for (const raw of withOffsets) {
      const luxon = DateTime.fromISO(raw, { zone: ZONE, setZone: true });
      const date = mustParse(raw, ZONE);
      expect(date.epoch, raw).toBe(luxon.toMillis());
      expect(date.iso, raw).toBe(luxon.toISO({ suppressMilliseconds: true }));
    }
    expect(mustParse("2025-11-19T14:30:00+00:00", ZONE).iso).toBe("2025-11-19T14:30:00Z");
  });

  it("refuses the days and times luxon refuses, and takes those it takes", () => {
    // 24:00 is the end of a day in ISO 8601.
    const real = ["2024-02-29", "0099-01-01", "2025-11-19T14:30", "2025-11-19T24:00:00+03:00"];
    for (const raw of [...withOffsets, ...real]) {
      expect(isRealDate(raw), raw).toBe(true);
    }
    for (const raw of notReal) {
      expect(isRealDate(raw), raw).toBe(false);
      expect(parsePublicationDate(raw, ZONE), raw).toBeUndefined();
    }
  });

  /** Luxon's moment for a time in a zone, as a build made at `now` would get it. */
  function luxonAt(now: number, raw: string, zone: string): number {
    const clock = Settings.now;
    Settings.now = () => now;
    try {
      return DateTime.fromISO(raw, { zone }).toMillis();
    } finally {
      Settings.now = clock;
    }
  }
  const WINTER = Date.UTC(2026, 0, 15);
  const SUMMER = Date.UTC(2026, 6, 15);

  it("starts each bare day at its first moment, where luxon does in every season", () => {
    // Damascus, Beirut and Havana have changed their clocks at midnight (Havana's autumn change
    // repeats midnight); Santiago at 24:00; before 1920 Damascus kept its local mean time
    // (+2:25:12). Luxon's start of a day whose midnight repeats depends on the season of the
    // build: there the day starts at the first midnight.
    const zones = ["Asia/Damascus", "Asia/Beirut", "America/Havana", "America/Santiago", "UTC"];
    const years = [1915, 1920, 1983, 2010, 2022, 2025];
    let compared = 0;
    let repeatedMidnights = 0;
    for (const zone of zones) {
      for (const year of years) {
        for (let day = Date.UTC(year, 0, 1); day < Date.UTC(year + 1, 0, 1); day += 86_400_000) {
          const raw = new Date(day).toISOString().slice(0, 10);
          const [winter, summer] = [luxonAt(WINTER, raw, zone), luxonAt(SUMMER, raw, zone)];
          if (winter !== summer) repeatedMidnights++;
          expect(mustParse(raw, zone).epoch, `${raw} in ${zone}`).toBe(Math.min(winter, summer));
          compared++;
        }
      }
      for (const raw of ["0099-01-01", "1000-06-15", "9999-12-31"]) {
        expect(mustParse(raw, zone).epoch, `${raw} in ${zone}`).toBe(
          DateTime.fromISO(raw, { zone }).toMillis(),
        );
      }
    }
    expect(compared).toBe(zones.length * (years.length * 365 + 1));
    expect(repeatedMidnights).toBeGreaterThan(0);
  });

  it("reads a time a clock change repeats as its first occurrence, and a skipped one forward", () => {
    // Cairo and Beirut put their clocks back an hour at midnight in October, from +03:00 to +02:00.
    expect(mustParse("2025-10-30T23:30", "Africa/Cairo").iso).toBe("2025-10-30T23:30:00+03:00");
    expect(mustParse("2025-10-25T23:30", "Asia/Beirut").iso).toBe("2025-10-25T23:30:00+03:00");
    expect(mustParse("2025-10-26T00:30", "Asia/Beirut").iso).toBe("2025-10-26T00:30:00+02:00");
    // Beirut's clocks jump from midnight to 01:00 in March.
    expect(mustParse("2025-03-30T00:30", "Asia/Beirut").iso).toBe("2025-03-30T01:30:00+03:00");
    expect(mustParse("2025-03-30", "Asia/Beirut").epoch).toBe(Date.UTC(2025, 2, 29, 22));
  });

  it("dates an article the same in a build made in winter and one made in summer", async () => {
    const ambiguous: [string, string][] = [
      ["2025-11-02", "America/Havana"],
      ["2025-10-30T23:30", "Africa/Cairo"],
      ["2025-10-25T23:30:00", "Asia/Beirut"],
    ];
    const builtAt = async (now: number) => {
      vi.useFakeTimers({ now, toFake: ["Date"] });
      try {
        // A fresh module, as in a build's own process: parsed dates are kept per process.
        vi.resetModules();
        const fresh = await import("../src/dates.ts");
        return ambiguous.map(([raw, zone]) => fresh.parsePublicationDate(raw, zone));
      } finally {
        vi.useRealTimers();
      }
    };
    expect(await builtAt(WINTER)).toEqual(await builtAt(SUMMER));
  });

  it("files a moment under its day in the site's time zone", () => {
    expect(dayOf(mustParse("2025-11-19T23:30:00+00:00", ZONE), ZONE)).toBe("2025-11-20");
    expect(dayOf(mustParse("2025-11-19T23:30:00+00:00", "UTC"), "UTC")).toBe("2025-11-19");
    expect(
      dayOf(mustParse("2025-11-20T01:00:00+03:00", "America/New_York"), "America/New_York"),
    ).toBe("2025-11-19");
    expect(dayOf(mustParse("2025-11-19", ZONE), ZONE)).toBe("2025-11-19");
  });
});

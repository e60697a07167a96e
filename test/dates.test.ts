import { describe, expect, it } from "vitest";
import {
  formatForReaders,
  inSiteZone,
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

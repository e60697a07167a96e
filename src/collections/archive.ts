// The date archive: a list per month at /YYYY/MM/ (the prefix of its articles' own URLs, so
// readers can trim an address to see the rest of that month), a page per year at /YYYY/, and an
// index of every month at /archive/. Months are those of the site's time zone.
import type { Article } from "../article/article.ts";
import { dayOf } from "../dates.ts";
import type { Group } from "./listings.ts";

export const ARCHIVE_PATH = "archive";

export interface Year {
  /** "2025" */
  name: string;
  url: string;
  count: number;
  /** Newest first. */
  months: Group[];
}

const MONTH_NAME = new Intl.DateTimeFormat("en-GB", {
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});

/** Every month with articles, newest first, named like "November 2025". */
export function monthGroups(articles: readonly Article[], timeZone: string): Group[] {
  const months = new Map<string, Group>();
  for (const article of articles) {
    const [year, number] = dayOf(article.date, timeZone).split("-") as [string, string];
    const key = `${year}/${number}`;
    let month = months.get(key);
    if (!month) {
      month = {
        name: MONTH_NAME.format(Date.UTC(Number(year), Number(number) - 1)),
        slug: `${year}-${number}`,
        url: `/${key}/`,
        articles: [],
        parent: { name: year, url: `/${year}/` },
      };
      months.set(key, month);
    }
    month.articles.push(article);
  }
  // Articles come newest first, so months are met newest first; sort anyway for dates that tie.
  return [...months.values()].sort((a, b) => (a.url < b.url ? 1 : a.url > b.url ? -1 : 0));
}

/** Years, newest first, each with its months. */
export function yearsOf(months: readonly Group[]): Year[] {
  const years = new Map<string, Year>();
  for (const month of months) {
    const name = month.url.slice(1, 5);
    let year = years.get(name);
    if (!year) {
      year = { name, url: `/${name}/`, count: 0, months: [] };
      years.set(name, year);
    }
    year.months.push(month);
    year.count += month.articles.length;
  }
  return [...years.values()];
}

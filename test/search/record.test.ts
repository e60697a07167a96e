// What each article page tells Pagefind: filters from one list, a sortable date, and a result
// date that no search word matches.
import { beforeAll, describe, expect, it } from "vitest";
import { parsePublicationDate } from "../../src/dates.ts";
import { resultDateOf, SEARCH_FILTERS, sortDateOf } from "../../src/search/record.ts";
import { type BuiltFixture, buildFixture, textOf } from "../support/build.ts";

let site: BuiltFixture;
beforeAll(async () => {
  site = await buildFixture("basic");
}, 60_000);

function date(raw: string) {
  const parsed = parsePublicationDate(raw, "Asia/Damascus");
  if (!parsed) throw new Error(`not a date: ${raw}`);
  return parsed;
}

describe("search dates", () => {
  it("sort as UTC ISO strings, so string order is time order whatever the offset", () => {
    expect(sortDateOf(date("2025-11-19T14:30:00+03:00"))).toBe("2025-11-19T11:30:00.000Z");
    expect(sortDateOf(date("2025-11-19T12:00:00+01:00"))).toBe("2025-11-19T11:00:00.000Z");
    // A bare date counts from midnight in the site's time zone.
    expect(sortDateOf(date("2025-11-19"))).toBe("2025-11-18T21:00:00.000Z");
  });

  it("show from ISO basic format: one word, no numbers a reader would search for", () => {
    expect(resultDateOf(date("2025-11-19T14:30:00+03:00"))).toBe("20251119T1130Z");
    expect(resultDateOf(date("2025-11-10"))).toBe("20251110");
  });
});

describe("an article page, as Pagefind reads it", () => {
  const page = () => site.page("/2025/11/bread-prices/");

  it("marks every filter value of the article, in the order of SEARCH_FILTERS", () => {
    const marks = [...page().querySelectorAll("[data-pagefind-filter]")].map((node) =>
      node.getAttribute("data-pagefind-filter"),
    );
    expect(marks).toEqual([
      "outlet:Zaman al-Wasl",
      "keyword:Economy",
      // The keyword's shared spelling, not this file's "al-Sina'a prison".
      "keyword:al-Sina’a Prison",
      "translator:Omar Khalil",
      "translator:Rania Aziz",
      "year:2025",
    ]);
    // Filters come in SEARCH_FILTERS' order; this article has no section, so none is marked.
    const names = SEARCH_FILTERS.map((filter) => filter.name);
    const marked = [...new Set(marks.map((mark) => mark?.split(":")[0] ?? ""))];
    expect(marked).toEqual(names.filter((name) => name !== "section"));
  });

  it("indexes the headline and body only, with the date to sort by and the metadata results show", () => {
    const article = site.page("/2025/11/raid-in-marat/").querySelector("[data-pagefind-body]");
    expect(article?.getAttribute("data-pagefind-sort")).toBe("date:2025-11-19T11:30:00.000Z");
    expect(article?.getAttribute("data-pagefind-meta")).toBe("date:20251119T1130Z");
    expect(article?.querySelector("h1")?.getAttribute("data-pagefind-meta")).toBe("title");
    // The attribution, disclaimer and keywords are outside the part Pagefind reads.
    expect(article?.querySelector(".story__footer")).toBeNull();
    expect(article?.closest("article")?.querySelector(".story__footer")).not.toBeNull();
    expect(article?.querySelector(".byline")?.hasAttribute("data-pagefind-ignore")).toBe(true);
    const metas = [...(article?.querySelectorAll("[data-pagefind-meta]") ?? [])].map((node) =>
      node.getAttribute("data-pagefind-meta"),
    );
    expect(metas).toEqual(["title", "summary", "outlet", "original_title"]);
    expect(site.page("/about/").querySelector("[data-pagefind-body]")).toBeNull();
  });

  it("gives the search page its filters, labelled, in the same order", () => {
    const legends = [...site.page("/search/").querySelectorAll("[data-filter] legend")].map(textOf);
    expect(legends).toEqual(SEARCH_FILTERS.map((filter) => filter.label));
  });
});

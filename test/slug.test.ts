import { describe, expect, it } from "vitest";
import { foldName, slugify } from "../src/slug.ts";

describe("slugify", () => {
  it("drops apostrophes instead of splitting words", () => {
    expect(slugify("al-Sina’a Prison")).toBe("al-sinaa-prison");
    expect(slugify("Hay'at Tahrir al-Sham")).toBe("hayat-tahrir-al-sham");
  });

  it("transliterates Arabic script into a Latin slug", () => {
    expect(slugify("حلب")).toMatch(/^[a-z0-9-]+$/);
    expect(slugify("حلب")).not.toBe("");
  });

  it("lowercases, hyphenates and strips punctuation", () => {
    expect(slugify("Syrian Democratic Forces (SDF)")).toBe("syrian-democratic-forces-sdf");
  });
});

describe("foldName", () => {
  it("treats case, apostrophes and diacritics as the same name", () => {
    const folded = foldName("Al-Sina’a Prison");
    expect(foldName("al-Sina'a prison")).toBe(folded);
    expect(foldName("al-Sinaa  Prison")).toBe(folded);
    expect(foldName("Économie")).toBe(foldName("economie"));
  });

  it("keeps different names apart", () => {
    expect(foldName("Aleppo")).not.toBe(foldName("Idlib"));
  });
});

describe("slugify on what is a slug already", () => {
  it("returns it unchanged, as the library does", async () => {
    const { default: library } = await import("@sindresorhus/slugify");
    for (const slug of ["raid-in-marat", "article-123", "2025", "a-b-c-1-2"]) {
      expect(slugify(slug)).toBe(slug);
      expect(library(slug)).toBe(slug);
    }
  });
});

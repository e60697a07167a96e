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

  it("transliterates every letter of Kurdish, Persian and Urdu names, and ignores vowel marks", () => {
    expect(slugify("ڕۆژاوا")).toBe("rozhawa");
    expect(slugify("گەل")).toBe("gel");
    expect(slugify("ڤیان")).toBe("vyan");
    expect(slugify("مُحَمَّد")).toBe(slugify("محمد"));
    expect(slugify("حـلب")).toBe(slugify("حلب"));
  });

  it("reads ligatures and presentation forms as their letters", () => {
    expect(slugify("ﬁle")).toBe("file");
    expect(slugify("ﻻ")).toBe(slugify("لا"));
  });

  it("gives no slug for text without letters it can write in ASCII", () => {
    expect(slugify("🔥")).toBe("");
    expect(slugify("שלום")).toBe("");
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

  it("treats Arabic vowel marks, kashida and Persian yeh and kaf as the same name", () => {
    expect(foldName("سُوريا")).toBe(foldName("سوريا"));
    expect(foldName("سـوريا")).toBe(foldName("سوريا"));
    expect(foldName("سوریا")).toBe(foldName("سوريا"));
    expect(foldName("کوباني")).toBe(foldName("كوباني"));
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

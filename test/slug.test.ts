import slugifyLibrary from "@sindresorhus/slugify";
import { describe, expect, it } from "vitest";
import { Random } from "../src/corpus/random.ts";
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

  it("gives plain English text the library's slug, by its shorter path", () => {
    const samples = [
      "What residents saw",
      "The view from Damascus",
      "Q&A: the iPhone ban, McDonald's and the UNHCR",
      "IDPs in 2024: 3,000 APIs, UN2 and ABCDef",
      "  --Leading, trailing-- ",
      "caret^s and back\\slashes / under_scores",
      "",
    ];
    // Text of every ASCII character, weighted towards what headings hold.
    const random = new Random("ascii-slugs");
    const alphabet = `${"abcdefghijklmnopqrstuvwxyz".repeat(3)}ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789    &-_.,:;!?()[]{}^\\/"'\`~@#$%*+=<>|\t`;
    for (let i = 0; i < 1000; i++) {
      let text = "";
      for (let n = random.int(1, 30); n > 0; n--)
        text += alphabet[random.int(0, alphabet.length - 1)];
      samples.push(text);
    }
    for (const text of samples) {
      // The library on its own, after the apostrophes that slugify always drops.
      expect(slugify(text), JSON.stringify(text)).toBe(slugifyLibrary(text.replace(/['`]/g, "")));
    }
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

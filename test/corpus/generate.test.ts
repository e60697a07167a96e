// The benchmark corpus: reproducible byte for byte, valid under the article contract, and shaped
// like a real archive.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadContent } from "../../src/content/load.ts";
import {
  CorpusFolderError,
  FIRST_YEAR,
  generateCorpus,
  LAST_YEAR,
  MAX_WORDS,
  MIN_WORDS,
  writeCorpus,
} from "../../src/corpus/generate.ts";
import { temporaryFolder } from "../support/build.ts";

const ARTICLES = 120;

function bodyOf(text: string): string {
  return text.slice(text.indexOf("\n---\n") + 5);
}

describe("the generated corpus", () => {
  it("is the same, byte for byte, for the same seed, and differs for another", () => {
    const first = [...generateCorpus({ articles: 30, seed: "s1" })];
    const again = [...generateCorpus({ articles: 30, seed: "s1" })];
    const other = [...generateCorpus({ articles: 30, seed: "s2" })];
    expect(again).toEqual(first);
    expect(first).toHaveLength(31);
    expect(other.map((file) => file.text)).not.toEqual(first.map((file) => file.text));
  });

  it("writes articles that pass the article contract, with the shape of a real archive", () => {
    const folder = path.join(temporaryFolder("corpus"), "content");
    expect(writeCorpus(folder, { articles: ARTICLES })).toBe(ARTICLES);
    const content = loadContent(folder);
    expect(content.problems).toEqual([]);
    expect(content.articles).toHaveLength(ARTICLES);

    const outlets = new Set(content.articles.map((article) => article.source.name));
    const translators = new Set(content.articles.flatMap((a) => a.translators.map((t) => t.name)));
    const keywords = new Set(content.articles.flatMap((a) => a.keywords.map((k) => k.name)));
    const years = new Set(content.articles.map((article) => article.date.iso.slice(0, 4)));
    expect(outlets.size).toBeGreaterThanOrEqual(8);
    expect(outlets.size).toBeLessThanOrEqual(10);
    expect(translators.size).toBeGreaterThanOrEqual(5);
    expect(keywords.size).toBeGreaterThan(80);
    expect(keywords.size).toBeLessThan(400);
    expect(years.size).toBeGreaterThanOrEqual(6);
    for (const year of years) {
      expect(Number(year)).toBeGreaterThanOrEqual(FIRST_YEAR);
      expect(Number(year)).toBeLessThanOrEqual(LAST_YEAR);
    }
    for (const article of content.articles) {
      expect(article.keywords.length).toBeGreaterThanOrEqual(2);
      expect(article.keywords.length).toBeLessThanOrEqual(6);
    }

    const bodies = content.articles.map((article) =>
      bodyOf(fs.readFileSync(path.resolve(article.file), "utf8")),
    );
    const lengths = bodies.map((body) => body.split(/\s+/).filter(Boolean).length);
    expect(Math.min(...lengths)).toBeGreaterThanOrEqual(MIN_WORDS);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(MAX_WORDS + 10);
    // Long reports are cut into sections.
    for (const [index, body] of bodies.entries()) {
      if ((lengths[index] ?? 0) > 800) expect(body).toMatch(/^## \S/m);
    }

    // A Zipf-like vocabulary: a handful of words are everywhere, most words are rare.
    const counts = new Map<string, number>();
    for (const body of bodies) {
      for (const word of body.toLowerCase().match(/[a-z]+/g) ?? []) {
        counts.set(word, (counts.get(word) ?? 0) + 1);
      }
    }
    const ranked = [...counts.values()].sort((a, b) => b - a);
    const total = ranked.reduce((sum, n) => sum + n, 0);
    expect(counts.get("the")).toBe(ranked[0]);
    expect(counts.size).toBeGreaterThan(5000);
    expect(ranked.filter((n) => n === 1).length / counts.size).toBeGreaterThan(0.3);
    expect((ranked.slice(0, 100).reduce((sum, n) => sum + n, 0) / total) * 100).toBeGreaterThan(40);
  });

  it("replaces a corpus generated before, and leaves any other folder alone", () => {
    const folder = path.join(temporaryFolder("corpus"), "content");
    writeCorpus(folder, { articles: 5, seed: "a" });
    writeCorpus(folder, { articles: 3, seed: "b" });
    expect(loadContent(folder).articles).toHaveLength(3);

    const real = temporaryFolder("real-content");
    fs.writeFileSync(path.join(real, "site.yaml"), "name: A real newsroom\n");
    expect(() => writeCorpus(real, { articles: 2 })).toThrow(CorpusFolderError);
    expect(fs.readdirSync(real)).toEqual(["site.yaml"]);
  });
});

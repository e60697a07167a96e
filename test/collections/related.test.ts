import { describe, expect, it } from "vitest";
import type { Article } from "../../src/article/article.ts";
import { relatedStories } from "../../src/collections/related.ts";

/** Articles newest first, each with the keywords given. */
function articles(keywordsByArticle: Record<string, string[]>): Article[] {
  return Object.entries(keywordsByArticle).map(
    ([url, keywords]) =>
      ({ url, keywords: keywords.map((name) => ({ name, slug: name })) }) as unknown as Article,
  );
}
const urls = (list: Article[] | undefined) => (list ?? []).map((article) => article.url);

describe("relatedStories", () => {
  it("ranks a shared rare keyword above a shared common one, then newer above older", () => {
    const related = relatedStories(
      articles({
        a: ["syria", "prison"],
        b: ["syria"],
        c: ["syria"],
        d: ["syria", "prison"],
        e: ["syria"],
        f: ["elsewhere"],
      }),
    );
    expect(urls(related.get("a"))).toEqual(["d", "b", "c", "e"]);
    expect(urls(related.get("f"))).toEqual([]);
  });

  it("adds up every shared keyword and keeps at most four", () => {
    const related = relatedStories(
      articles({
        a: ["x", "y", "z"],
        b: ["x"],
        c: ["x", "y"],
        d: ["x", "y", "z"],
        e: ["x"],
        g: ["x"],
      }),
    );
    expect(urls(related.get("a"))).toEqual(["d", "c", "b", "e"]);
    expect(urls(related.get("g"))).toHaveLength(4);
    expect(urls(related.get("g"))).not.toContain("g");
  });

  it("reads on while an article not met yet could still tie the last place, and be newer", () => {
    // "flood" and "dam" are filed under as many articles each, so they weigh the same: "old",
    // met first under "flood", ties with "new", met only under "dam", which is newer.
    const related = relatedStories(
      articles({
        new: ["dam"],
        self: ["flood", "dam"],
        old: ["flood"],
        other: ["syria"],
      }),
      1,
    );
    expect(urls(related.get("self"))).toEqual(["new"]);
  });

  it("finds in a large archive what comparing every pair of articles finds", () => {
    // 3,000 articles, keywords drawn with a long tail: a few filed under most articles, many
    // under a handful, as in a real archive. The reference scores every pair, in the same
    // order of keywords (rarest first), so equal sums are equal to the last digit.
    let seed = 7;
    const random = () => {
      seed = (seed * 48271) % 2147483647;
      return seed / 2147483647;
    };
    const keywordsOf: Record<string, string[]> = {};
    for (let i = 0; i < 3000; i++) {
      const keywords = new Set<string>();
      const wanted = 2 + Math.floor(random() * 5);
      while (keywords.size < wanted) keywords.add(`k${Math.floor(200 * random() ** 3)}`);
      keywordsOf[`a${i}`] = [...keywords];
    }
    const list = articles(keywordsOf);
    const filedUnder = new Map<string, number>();
    for (const article of list) {
      for (const { slug } of article.keywords)
        filedUnder.set(slug, (filedUnder.get(slug) ?? 0) + 1);
    }
    const weight = (slug: string) => Math.log(1 + list.length / (filedUnder.get(slug) as number));
    const reference = (self: number) => {
      const own = (list[self] as Article).keywords
        .map(({ slug }) => slug)
        .sort((a, b) => weight(b) - weight(a));
      return list
        .map((other, index) => {
          const theirs = new Set(other.keywords.map(({ slug }) => slug));
          const score = own
            .filter((slug) => theirs.has(slug))
            .reduce((sum, slug) => sum + weight(slug), 0);
          return { index, score };
        })
        .filter(({ index, score }) => index !== self && score > 0)
        .sort((a, b) => b.score - a.score || a.index - b.index)
        .slice(0, 4)
        .map(({ index }) => (list[index] as Article).url);
    };
    const related = relatedStories(list);
    for (let self = 0; self < list.length; self += 7) {
      const { url } = list[self] as Article;
      expect(urls(related.get(url)), url).toEqual(reference(self));
    }
  });
});

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
});

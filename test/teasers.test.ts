import { describe, expect, it } from "vitest";
import { type TeaserTemplate, teaserOf } from "../src/teasers.ts";

/** A compiled partial whose macro counts its calls and says what it rendered. */
function partial(markup = "teaser") {
  const calls: string[] = [];
  const template: TeaserTemplate = {
    getExported(done) {
      done(undefined, {
        articleTeaser: (article: { url: string }, level: number) => {
          calls.push(`${article.url} h${level}`);
          return `<h${level}>${markup} ${article.url}</h${level}>`;
        },
      });
    },
  };
  return { template, calls };
}

describe("teaserOf", () => {
  const raid = { url: "/2025/11/raid/" };
  const bread = { url: "/2025/11/bread/" };

  it("renders an article's teaser once per heading level and hands out the same markup after", () => {
    const { template, calls } = partial();
    for (let list = 0; list < 3; list++) {
      expect(teaserOf(template, raid, 2)).toBe("<h2>teaser /2025/11/raid/</h2>");
      expect(teaserOf(template, bread, 2)).toBe("<h2>teaser /2025/11/bread/</h2>");
    }
    expect(teaserOf(template, raid, 3)).toBe("<h3>teaser /2025/11/raid/</h3>");
    expect(calls).toEqual(["/2025/11/raid/ h2", "/2025/11/bread/ h2", "/2025/11/raid/ h3"]);
  });

  it("renders again from a partial compiled anew (an edit in the preview, or the next build)", () => {
    const before = partial("old");
    const after = partial("new");
    expect(teaserOf(before.template, raid, 2)).toBe("<h2>old /2025/11/raid/</h2>");
    expect(teaserOf(after.template, raid, 2)).toBe("<h2>new /2025/11/raid/</h2>");
    expect(after.calls).toEqual(["/2025/11/raid/ h2"]);
  });

  it("names the partial when it has no teaser macro", () => {
    const empty: TeaserTemplate = { getExported: (done) => done(undefined, {}) };
    expect(() => teaserOf(empty, raid, 2)).toThrow(
      /article-teaser\.njk has no articleTeaser macro/,
    );
  });
});

// Related stories: for each article, up to four others that share its keywords. A shared rare
// keyword ("al-Sina’a Prison") says more than a shared common one ("Syria"), so each keyword
// weighs ln(1 + N / articles filed under it); equal scores go to the newer article.
import type { Article } from "../article/article.ts";

export const RELATED_COUNT = 4;

/** Related stories by article URL, each list worked out when a page first asks for it. */
export interface RelatedStories {
  get(url: string): Article[] | undefined;
}

/**
 * Related stories of the articles. `articles` must be newest first: the index of an article is
 * its recency rank. Only the keyword index is built here; each article's list is worked out on
 * first use (the preview re-renders one page after an edit, not ten thousand). One pass over each
 * keyword's articles per article, with scores in a reused typed array, so the cost stays in
 * proportion to the keyword lists' sizes.
 */
export function relatedStories(
  articles: readonly Article[],
  count = RELATED_COUNT,
): RelatedStories {
  const byKeyword = new Map<string, number[]>();
  const indexOf = new Map<string, number>();
  articles.forEach((article, index) => {
    indexOf.set(article.url, index);
    for (const keyword of article.keywords) {
      let list = byKeyword.get(keyword.slug);
      if (!list) {
        list = [];
        byKeyword.set(keyword.slug, list);
      }
      list.push(index);
    }
  });
  const weight = new Map<string, number>();
  for (const [slug, list] of byKeyword) {
    weight.set(slug, Math.log(1 + articles.length / list.length));
  }

  const scores = new Float64Array(articles.length);
  const related = new Map<string, Article[]>();
  const relatedOf = (self: number): Article[] => {
    const touched: number[] = [];
    for (const keyword of (articles[self] as Article).keywords) {
      const keywordWeight = weight.get(keyword.slug) ?? 0;
      for (const other of byKeyword.get(keyword.slug) ?? []) {
        if (other === self) continue;
        if (scores[other] === 0) touched.push(other);
        scores[other] = (scores[other] ?? 0) + keywordWeight;
      }
    }
    const best = topByScore(touched, scores, count);
    for (const other of touched) scores[other] = 0;
    return best.map((index) => articles[index] as Article);
  };
  return {
    get(url) {
      let list = related.get(url);
      if (!list) {
        const self = indexOf.get(url);
        if (self === undefined) return undefined;
        list = relatedOf(self);
        related.set(url, list);
      }
      return list;
    },
  };
}

/** The `count` indexes with the highest score; on equal scores the lower index (newer) wins. */
function topByScore(candidates: readonly number[], scores: Float64Array, count: number): number[] {
  const best: number[] = [];
  const better = (a: number, b: number) =>
    (scores[a] ?? 0) > (scores[b] ?? 0) || (scores[a] === scores[b] && a < b);
  for (const candidate of candidates) {
    if (best.length === count && !better(candidate, best[count - 1] as number)) continue;
    let at = best.length === count ? count - 1 : best.length;
    while (at > 0 && better(candidate, best[at - 1] as number)) {
      best[at] = best[at - 1] as number;
      at--;
    }
    best[at] = candidate;
    if (best.length > count) best.length = count;
  }
  return best;
}

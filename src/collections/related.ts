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
 * first use (the preview re-renders one page after an edit, not ten thousand). Scores add up in a
 * reused typed array; the long lists of common keywords are skipped once they cannot change the
 * result, or the work would grow with the square of the archive (150 s at 50,000 articles).
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
  const weightOf = (slug: string) => weight.get(slug) ?? 0;
  // Which articles a keyword is filed under, one byte per article: made for the common keywords
  // the first time an article's candidates are looked up in them.
  const filed = new Map<string, Uint8Array>();
  const filedUnder = (slug: string): Uint8Array => {
    let members = filed.get(slug);
    if (!members) {
      members = new Uint8Array(articles.length);
      for (const index of byKeyword.get(slug) ?? []) members[index] = 1;
      filed.set(slug, members);
    }
    return members;
  };
  const relatedOf = (self: number): Article[] => {
    // Rarest keywords first: they weigh the most, so the likely winners are met early.
    const slugs = (articles[self] as Article).keywords
      .map((keyword) => keyword.slug)
      .sort((a, b) => weightOf(b) - weightOf(a));
    // unread[i]: what the keywords from the i-th on can still add to an article's score.
    const unread = slugs.map(() => 0);
    for (let i = slugs.length - 2; i >= 0; i--) {
      unread[i] = (unread[i + 1] as number) + weightOf(slugs[i + 1] as string);
    }
    const touched: number[] = [];
    let candidates = touched;
    let next = 0;
    while (next < slugs.length) {
      const slug = slugs[next] as string;
      const rest = unread[next++] as number;
      const keywordWeight = weightOf(slug);
      for (const other of byKeyword.get(slug) ?? []) {
        if (other === self) continue;
        if (scores[other] === 0) touched.push(other);
        scores[other] = (scores[other] ?? 0) + keywordWeight;
      }
      // Common keywords list thousands of articles in a large archive. Once no article met so
      // far can be overtaken by one not met yet, those lists need not be read: only the
      // articles that can still make the list are looked up in the keywords left. (The margins
      // allow for rounding: sums added in another order may differ in the last digit.)
      const following = slugs[next];
      if (following === undefined || touched.length < count) continue;
      if (touched.length >= (byKeyword.get(following)?.length ?? 0)) continue;
      const last = scores[topByScore(touched, scores, count)[count - 1] as number] as number;
      if (last <= rest + 1e-9) continue;
      candidates = touched.filter((other) => (scores[other] as number) + rest >= last - 1e-9);
      for (; next < slugs.length; next++) {
        const later = slugs[next] as string;
        const laterWeight = weightOf(later);
        const members = filedUnder(later);
        for (const other of candidates) {
          if (members[other]) scores[other] = (scores[other] as number) + laterWeight;
        }
      }
    }
    const best = topByScore(candidates, scores, count);
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

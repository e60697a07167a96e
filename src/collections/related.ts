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
 * first use (the preview re-renders one page after an edit, not ten thousand).
 *
 * An article's keywords are read rarest first. Each article met for the first time in a keyword's
 * list gets its whole score at once, from one bit per article and keyword; once the keywords left
 * could not add up to the fourth place, articles not met yet cannot make the list, and the rest
 * of the lists (the long ones of common keywords) is not read. (Reading every list whole made
 * the work grow with the square of the archive: 150 s at 50,000 articles, then 11 s with the
 * bound on partial scores this replaced.)
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
  const weightOf = (slug: string) => weight.get(slug) ?? 0;

  // Which articles a keyword is filed under, one bit per article, made on first use.
  const filed = new Map<string, Uint32Array>();
  const filedUnder = (slug: string): Uint32Array => {
    let bits = filed.get(slug);
    if (!bits) {
      bits = new Uint32Array(Math.ceil(articles.length / 32));
      for (const index of byKeyword.get(slug) ?? []) {
        bits[index >>> 5] = (bits[index >>> 5] as number) | (1 << (index & 31));
      }
      filed.set(slug, bits);
    }
    return bits;
  };
  // metBy[i] === self + 1: article i was met while working out the list of article `self`.
  const metBy = new Int32Array(articles.length);

  const related = new Map<string, Article[]>();
  const relatedOf = (self: number): Article[] => {
    // Rarest keywords first: they weigh the most, so the likely winners are met early. Scores
    // add up in this order, so equal sums are equal to the last digit.
    const slugs = (articles[self] as Article).keywords
      .map((keyword) => keyword.slug)
      .sort((a, b) => weightOf(b) - weightOf(a));
    const weights = slugs.map(weightOf);
    const members = slugs.map(filedUnder);
    // left[i]: the most an article met first in the i-th keyword's list can score.
    const left = weights.map(() => 0);
    for (let i = slugs.length - 1; i >= 0; i--) {
      left[i] = (weights[i] as number) + (left[i + 1] ?? 0);
    }
    const best: number[] = [];
    const bestScores: number[] = [];
    // Whether no article met first in the i-th keyword's list, or a later one, can make the list.
    // (The margin allows for rounding: sums added in another order may differ in the last digit.)
    const settled = (i: number) =>
      best.length === count && (left[i] as number) + 1e-9 < (bestScores[count - 1] as number);
    for (let i = 0; i < slugs.length && !settled(i); i++) {
      for (const other of byKeyword.get(slugs[i] as string) ?? []) {
        if (other === self || metBy[other] === self + 1) continue;
        metBy[other] = self + 1;
        // Met first here: filed under none of the rarer keywords.
        let score = 0;
        for (let k = i; k < slugs.length; k++) {
          if (((members[k] as Uint32Array)[other >>> 5] as number) & (1 << (other & 31)))
            score += weights[k] as number;
        }
        // Higher scores first; on equal scores the lower index (newer) wins.
        let at = best.length;
        while (
          at > 0 &&
          (score > (bestScores[at - 1] as number) ||
            (score === bestScores[at - 1] && other < (best[at - 1] as number)))
        ) {
          at--;
        }
        if (at >= count) continue;
        best.splice(at, 0, other);
        bestScores.splice(at, 0, score);
        if (best.length > count) {
          best.length = count;
          bestScores.length = count;
        }
        // Nor can the rest of this list.
        if (settled(i)) break;
      }
    }
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

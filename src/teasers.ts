// An article's teaser (headline, summary, date, outlet) is the same in every list and every box
// of related stories it appears in: about 130,000 times at 10,000 articles, where Nunjucks
// calling the macro cost more than the rest of the lists. The `teaser` filter renders the macro
// of layouts/partials/article-teaser.njk once per article and heading level, and hands out the
// same markup after that. The markup stays in the partial.
import type UserConfig from "@11ty/eleventy/UserConfig";

export const TEASER_PARTIAL = "partials/article-teaser.njk";

/** What the filter needs of a compiled Nunjucks template. */
export interface TeaserTemplate {
  getExported(done: (error: unknown, exported: Record<string, unknown>) => void): void;
}

/** A filter's `this` in Nunjucks: the render context, with its environment. */
interface FilterContext {
  env: { getTemplate(name: string, eagerCompile?: boolean): TeaserTemplate };
}

type TeaserMacro = (article: object, level: number) => unknown;

// Keyed by the compiled partial: each Eleventy run has its own Nunjucks environment, and an
// edited partial is compiled anew, so no teaser outlives the markup it was made from.
const teasersByTemplate = new WeakMap<
  TeaserTemplate,
  { macro: TeaserMacro; byArticle: WeakMap<object, unknown[]> }
>();

/** The teaser's markup for an article, rendered once per compiled partial and heading level. */
export function teaserOf(template: TeaserTemplate, article: object, level: number): unknown {
  let teasers = teasersByTemplate.get(template);
  if (!teasers) {
    teasers = { macro: exportedMacro(template), byArticle: new WeakMap() };
    teasersByTemplate.set(template, teasers);
  }
  let byLevel = teasers.byArticle.get(article);
  if (!byLevel) {
    byLevel = [];
    teasers.byArticle.set(article, byLevel);
  }
  // The macro returns Nunjucks' safe string: printed as markup, not escaped again.
  byLevel[level] ??= teasers.macro(article, level);
  return byLevel[level];
}

function exportedMacro(template: TeaserTemplate): TeaserMacro {
  let macro: unknown;
  template.getExported((error, exported) => {
    if (error) throw error;
    macro = exported.articleTeaser;
  });
  if (typeof macro !== "function") throw new Error(`${TEASER_PARTIAL} has no articleTeaser macro`);
  return macro as TeaserMacro;
}

export function teasersPlugin(eleventyConfig: UserConfig): void {
  // {{ story | teaser }} in a list, {{ story | teaser(3) }} under a level-2 heading.
  eleventyConfig.addFilter("teaser", function (this: FilterContext, article: object, level = 2) {
    return teaserOf(this.env.getTemplate(TEASER_PARTIAL, true), article, level);
  });
}

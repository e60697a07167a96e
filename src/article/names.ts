// Keywords, outlets and translators are typed by hand in many files. Spellings that differ only
// in case, apostrophes, diacritics or spacing are one name; different names whose URLs would
// collide are an error, so no page silently swallows another.
import type { ContentProblem } from "../content/problems.ts";
import { foldName } from "../slug.ts";
import type { Named } from "./article.ts";

/** Among equally common spellings, the one with typographic apostrophes (’) is shown. */
function typographic(name: string): number {
  return name.includes("’") ? 1 : 0;
}

export interface NameUse {
  name: string;
  slug: string;
  file: string;
  /** Where the name is written, to point the author at it. */
  line?: number;
  field?: string;
}

export interface UnifiedNames {
  /** The one spelling to show for each spelling used. */
  canonical(name: string): Named;
  problems: ContentProblem[];
}

/**
 * Picks, for each folded name, the spelling most files use (ties: the first in sort order), and
 * reports folded names that share a slug.
 */
export function unifyNames(uses: readonly NameUse[], kind: string): UnifiedNames {
  const byFold = new Map<string, { spellings: Map<string, number>; slug: string; use: NameUse }>();
  const problems: ContentProblem[] = [];
  for (const use of uses) {
    if (use.slug === "") {
      problems.push({
        file: use.file,
        line: use.line,
        field: use.field,
        message: `the ${kind} "${use.name}" has no letters or digits an address can be made from: write it with Latin or Arabic letters`,
        severity: "error",
      });
      continue;
    }
    const fold = foldName(use.name);
    let group = byFold.get(fold);
    if (!group) {
      group = { spellings: new Map(), slug: use.slug, use };
      byFold.set(fold, group);
    }
    group.spellings.set(use.name, (group.spellings.get(use.name) ?? 0) + 1);
  }

  const chosen = new Map<string, Named>();
  const bySlug = new Map<string, { name: string; file: string }>();
  for (const group of byFold.values()) {
    const [name] = [...group.spellings.entries()].sort(
      ([a, countA], [b, countB]) =>
        countB - countA || typographic(b) - typographic(a) || a.localeCompare(b, "en"),
    )[0] as [string, number];
    const earlier = bySlug.get(group.slug);
    if (earlier) {
      problems.push({
        file: group.use.file,
        line: group.use.line,
        field: group.use.field,
        message: `the ${kind} "${name}" would share the address /${group.slug}/ with the ${kind} "${earlier.name}" (used in ${earlier.file}): spell them the same if they are one ${kind}, or make the names differ in letters, not only in punctuation`,
        severity: "error",
      });
      continue;
    }
    bySlug.set(group.slug, { name, file: group.use.file });
    for (const spelling of group.spellings.keys()) chosen.set(spelling, { name, slug: group.slug });
  }

  return {
    canonical: (name) => chosen.get(name) ?? { name, slug: "" },
    problems,
  };
}

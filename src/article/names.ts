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
 * Picks, for each folded name, the spelling most files use (ties: the first in sort order),
 * warns where another spelling is used, and reports folded names that share a slug.
 */
export function unifyNames(uses: readonly NameUse[], kind: string): UnifiedNames {
  const byFold = new Map<
    string,
    { spellings: Map<string, NameUse[]>; slug: string; use: NameUse }
  >();
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
    const spelledAlike = group.spellings.get(use.name) ?? [];
    spelledAlike.push(use);
    group.spellings.set(use.name, spelledAlike);
  }

  const chosen = new Map<string, Named>();
  const bySlug = new Map<string, { name: string; file: string }>();
  for (const group of byFold.values()) {
    const [name] = [...group.spellings.entries()].sort(
      ([a, usesA], [b, usesB]) =>
        usesB.length - usesA.length || typographic(b) - typographic(a) || a.localeCompare(b, "en"),
    )[0] as [string, NameUse[]];
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
    const usesOfChosen = group.spellings.get(name)?.length ?? 0;
    for (const [spelling, spelledAlike] of group.spellings) {
      chosen.set(spelling, { name, slug: group.slug });
      // Merged on the site, but two spellings split the archive for anyone searching the files.
      if (spelling === name) continue;
      const warned = new Set<string>();
      for (const use of spelledAlike) {
        if (warned.has(use.file)) continue;
        warned.add(use.file);
        problems.push({
          file: use.file,
          line: use.line,
          field: use.field,
          message: `is "${spelling}", but ${usesOfChosen} other ${usesOfChosen === 1 ? "article writes" : "articles write"} this ${kind} "${name}": use one spelling`,
          severity: "warning",
        });
      }
    }
  }

  return {
    canonical: (name) => chosen.get(name) ?? { name, slug: "" },
    problems,
  };
}

// Keywords, outlets, translators and sections are typed by hand in many files. Spellings that
// differ only in case, apostrophes, diacritics or spacing are one name; a registry (an optional
// list under content/) fixes the canonical spelling and folds listed aliases into it; different
// names whose URLs would collide are an error, so no page silently swallows another.

import type { ContentProblem } from "../content/problems.ts";
import { didYouMean } from "../content/problems.ts";
import type { Registry, RegistryEntry } from "../registries/registry.ts";
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

/** The name to show for a spelling, and its registry entry when the spelling is listed. */
export interface CanonicalName<Details> extends Named {
  entry?: RegistryEntry<Details>;
}

export interface UnifiedNames<Details = unknown> {
  /** The one spelling to show for each spelling used. */
  canonical(name: string): CanonicalName<Details>;
  problems: ContentProblem[];
}

interface Group<Details> {
  spellings: Map<string, NameUse[]>;
  slug: string;
  /** The first use, to point at when the group itself is the problem. */
  use: NameUse;
  entry?: RegistryEntry<Details>;
}

/**
 * Picks one spelling per name: the registry's when the name is listed, else the spelling most
 * files use (ties: typographic apostrophes, then sort order). Warns where another spelling is
 * used and, when a registry exists, where a name is missing from it; reports names that would
 * share an address.
 */
export function unifyNames<Details>(
  uses: readonly NameUse[],
  kind: string,
  registry?: Registry<Details>,
): UnifiedNames<Details> {
  const groups = new Map<string, Group<Details>>();
  const problems: ContentProblem[] = [];
  const warn = (use: NameUse, message: string) =>
    problems.push({
      file: use.file,
      line: use.line,
      field: use.field,
      message,
      severity: "warning",
    });

  for (const use of uses) {
    const entry = registry?.lookup(use.name);
    if (!entry && use.slug === "") {
      problems.push({
        file: use.file,
        line: use.line,
        field: use.field,
        message: `the ${kind} "${use.name}" has no letters or digits an address can be made from: write it with Latin or Arabic letters${registry ? `, or list it with a slug in ${registry.file}` : ""}`,
        severity: "error",
      });
      continue;
    }
    if (registry && !entry) {
      const suggestion = didYouMean(
        use.name,
        registry.entries.map((listed) => listed.name),
      );
      warn(
        use,
        `"${use.name}" is not in ${registry.file}: ${suggestion ? `did you mean "${suggestion}"? If not, add` : "add"} it there, or use ${article(kind)} from the list`,
      );
    }
    const key = entry ? `listed:${entry.name}` : foldName(use.name);
    let group = groups.get(key);
    if (!group) {
      group = { spellings: new Map(), slug: entry?.slug ?? use.slug, use, entry };
      groups.set(key, group);
    }
    const spelledAlike = group.spellings.get(use.name) ?? [];
    spelledAlike.push(use);
    group.spellings.set(use.name, spelledAlike);
  }

  const chosen = new Map<string, CanonicalName<Details>>();
  const bySlug = new Map<string, { name: string; file: string }>();
  for (const group of groups.values()) {
    const name = group.entry?.name ?? mostUsedSpelling(group.spellings);
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
      chosen.set(spelling, { name, slug: group.slug, entry: group.entry });
      // Merged on the site, but two spellings split the archive for anyone searching the files.
      // A listed alias is an accepted spelling; a loose variant of the listed name is not.
      if (spelling === name || group.entry?.aliases.includes(spelling)) continue;
      const warned = new Set<string>();
      for (const use of spelledAlike) {
        if (warned.has(use.file)) continue;
        warned.add(use.file);
        warn(
          use,
          group.entry && registry
            ? `is "${spelling}", but ${registry.file} writes this ${kind} "${name}": use that spelling`
            : `is "${spelling}", but ${usesOfChosen} other ${usesOfChosen === 1 ? "article writes" : "articles write"} this ${kind} "${name}": use one spelling`,
        );
      }
    }
  }

  return {
    canonical: (name) => chosen.get(name) ?? { name, slug: "" },
    problems,
  };
}

/** "a keyword", "an outlet" */
function article(noun: string): string {
  return `${/^[aeiou]/i.test(noun) ? "an" : "a"} ${noun}`;
}

function mostUsedSpelling(spellings: ReadonlyMap<string, NameUse[]>): string {
  const [name] = [...spellings.entries()].sort(
    ([a, usesA], [b, usesB]) =>
      usesB.length - usesA.length || typographic(b) - typographic(a) || a.localeCompare(b, "en"),
  )[0] as [string, NameUse[]];
  return name;
}

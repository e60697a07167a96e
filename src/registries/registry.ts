// A registry is an optional list under content/ of the names the newsroom uses for one kind of
// thing (keywords, outlets): each canonical name with its details, the other spellings that mean
// it (aliases), and, when the automatic address is not readable (Arabic script), its own slug.
// Articles may write any listed spelling; the site shows the canonical one.
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { nameOrNames } from "../content/fields.ts";
import { decodeText, parseFrontMatter } from "../content/front-matter.ts";
import { type ContentProblem, problemsFromIssues } from "../content/problems.ts";
import { foldName, slugify } from "../slug.ts";

/** Fields every registry entry may have, beside its kind's own details. */
export const registryEntryFields = {
  aliases: nameOrNames("another spelling")
    .optional()
    .meta({
      description:
        "Other spellings articles may use for this name; the site shows the canonical one.",
      examples: [["Halab", "حلب"]],
    }),
  slug: z
    .string({ error: "must be an address part like aleppo or al-sinaa-prison" })
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
      error: "must be lowercase Latin letters and digits joined by hyphens, like al-sinaa-prison",
    })
    .optional()
    .meta({
      description: "The address part of this name's page, when the automatic one is not readable.",
      examples: ["aleppo"],
    }),
};

/** One entry's fields: the common ones and the kind's own details. */
export function registryEntrySchema<Shape extends z.ZodRawShape>(detailsShape: Shape) {
  return z.strictObject({ ...registryEntryFields, ...detailsShape });
}

/** A whole registry file, for editors: names, each with its details or nothing. */
export function registryFileSchema<Shape extends z.ZodRawShape>(detailsShape: Shape) {
  return z.record(z.string(), z.union([z.null(), registryEntrySchema(detailsShape)]));
}

export interface RegistryEntry<Details> {
  /** The canonical spelling, as the list writes it. */
  name: string;
  slug: string;
  aliases: string[];
  details: Details;
  line: number;
}

export interface Registry<Details> {
  /** The list's file as authors know it, e.g. content/keywords.yaml */
  file: string;
  entries: RegistryEntry<Details>[];
  /** The entry a spelling means: its canonical name or one of its aliases, matched loosely. */
  lookup(name: string): RegistryEntry<Details> | undefined;
}

/**
 * Reads a registry file: each canonical name, then its indented details (or nothing):
 *
 *     Aleppo:
 *       description: Syria's second city.
 *       aliases: [Halab, حلب]
 *
 * Returns undefined when the file does not exist. Problems (bad YAML, unknown fields, an alias
 * that means two names, two names with one address) go into `problems`.
 */
export function loadRegistry<Shape extends z.ZodRawShape>(
  root: string,
  shownRoot: string,
  fileName: string,
  detailsShape: Shape,
  kind: string,
  problems: ContentProblem[],
): Registry<z.output<z.ZodObject<Shape>>> | undefined {
  type Details = z.output<z.ZodObject<Shape>>;
  const file = path.join(root, fileName);
  if (!fs.existsSync(file)) return undefined;
  const shown = path.join(shownRoot, fileName);
  const problem = (message: string, line?: number, field?: string): void => {
    problems.push({ file: shown, line, field, message, severity: "error" });
  };
  const entries: RegistryEntry<Details>[] = [];
  const byFold = new Map<string, RegistryEntry<Details>>();
  const registry: Registry<Details> = {
    file: shown,
    entries,
    lookup: (name) => byFold.get(foldName(name)),
  };

  const text = decodeText(fs.readFileSync(file));
  if (text === undefined) {
    problem("is not saved as UTF-8 text: save it again choosing the UTF-8 encoding");
    return registry;
  }
  // The front-matter reader gives line numbers; the fence it needs adds one line.
  const parsed = parseFrontMatter(`---\n${text}\n---\n`);
  if (!parsed.ok) {
    problem(
      parsed.message.replace("the front matter", `the ${kind} list`),
      parsed.line && parsed.line - 1,
    );
    return registry;
  }

  const schema = registryEntrySchema(detailsShape);
  const bySlug = new Map<string, RegistryEntry<Details>>();
  for (const [rawName, value] of Object.entries(parsed.file.data)) {
    const name = rawName.trim();
    const line = (parsed.file.fieldLines.get(rawName) ?? 1) - 1;
    if (value !== null && (typeof value !== "object" || Array.isArray(value))) {
      problem(
        `must be followed by indented details (${Object.keys(schema.shape).join(", ")}) or nothing`,
        line,
        name,
      );
      continue;
    }
    const result = schema.safeParse(value ?? {}, { reportInput: true });
    if (!result.success) {
      problems.push(
        ...problemsFromIssues(
          result.error.issues,
          {
            file: shown,
            lineOf: () => line,
            knownFieldsAt: () => Object.keys(schema.shape),
            exampleOf: () => undefined,
            valueAt: () => undefined,
          },
          [name],
        ),
      );
      continue;
    }
    const { aliases = [], slug, ...details } = result.data as { aliases?: string[]; slug?: string };
    const entry: RegistryEntry<Details> = {
      name,
      slug: slug ?? slugify(name),
      aliases,
      details: details as Details,
      line,
    };
    if (entry.slug === "") {
      problem(
        `has no letters or digits an address can be made from: give it a slug: line, e.g. slug: ${kind}-1`,
        line,
        name,
      );
      continue;
    }
    const sameAddress = bySlug.get(entry.slug);
    if (sameAddress) {
      problem(
        `would share the address /${entry.slug}/ with "${sameAddress.name}" (line ${sameAddress.line}): give one of them its own slug`,
        line,
        name,
      );
      continue;
    }
    const spellings = [name, ...aliases];
    const taken = spellings.map((spelling) => byFold.get(foldName(spelling))).find(Boolean);
    if (taken) {
      problem(
        `is already listed as "${taken.name}" (line ${taken.line}), or one of its aliases is: a spelling can mean only one ${kind}`,
        line,
        name,
      );
      continue;
    }
    bySlug.set(entry.slug, entry);
    for (const spelling of spellings) byFold.set(foldName(spelling), entry);
    entries.push(entry);
  }
  return registry;
}

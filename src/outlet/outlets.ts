// The optional outlet list, content/outlets.yaml: what readers should know about each outlet the
// newsroom translates ("opposition newspaper founded in 2011") and its website, shown on the
// outlet's page and in every article's attribution. Keyed by the outlet's name as articles
// write it; spellings are matched loosely, like keywords.
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { Article } from "../article/article.ts";
import { text, webAddress } from "../content/fields.ts";
import { decodeText, parseFrontMatter } from "../content/front-matter.ts";
import { type ContentProblem, problemsFromIssues } from "../content/problems.ts";
import { foldName } from "../slug.ts";

export const OUTLETS_FILE = "outlets.yaml";

export const outletDetailsSchema = z.strictObject({
  description: text("a short description of the outlet")
    .optional()
    .meta({
      description: "One line about the outlet for readers: who runs it, where, its editorial line.",
      examples: ["Independent Syrian newspaper, founded in Daraya in 2011"],
    }),
  website: webAddress()
    .optional()
    .meta({
      description: "The outlet's own website.",
      examples: ["https://www.enabbaladi.net/"],
    }),
});

export interface OutletDetails {
  /** The name as the list spells it: the spelling the site shows. */
  name: string;
  description?: string;
  website?: string;
}

/** The outlet list by folded name; empty when there is no list. */
export type OutletList = ReadonlyMap<string, OutletDetails>;

/**
 * Reads and checks content/outlets.yaml. Each outlet is a name followed by indented details:
 *
 *     Enab Baladi:
 *       description: Independent Syrian newspaper, founded in Daraya in 2011
 *       website: https://www.enabbaladi.net/
 */
export function loadOutletList(
  root: string,
  shownRoot: string,
  problems: ContentProblem[],
): OutletList {
  const outlets = new Map<string, OutletDetails>();
  const file = path.join(root, OUTLETS_FILE);
  if (!fs.existsSync(file)) return outlets;
  const shown = path.join(shownRoot, OUTLETS_FILE);
  const problem = (message: string, line?: number, field?: string): void => {
    problems.push({ file: shown, line, field, message, severity: "error" });
  };
  const text = decodeText(fs.readFileSync(file));
  if (text === undefined) {
    problem("is not saved as UTF-8 text: save it again choosing the UTF-8 encoding");
    return outlets;
  }
  // The front-matter reader gives line numbers; the fence it needs adds one line.
  const parsed = parseFrontMatter(`---\n${text}\n---\n`);
  if (!parsed.ok) {
    problem(
      parsed.message.replace("the front matter", "the outlet list"),
      parsed.line && parsed.line - 1,
    );
    return outlets;
  }
  for (const [name, details] of Object.entries(parsed.file.data)) {
    const line = (parsed.file.fieldLines.get(name) ?? 1) - 1;
    if (details !== null && (typeof details !== "object" || Array.isArray(details))) {
      problem(
        "must be followed by indented description: and website: lines (or nothing)",
        line,
        name,
      );
      continue;
    }
    const result = outletDetailsSchema.safeParse(details ?? {}, { reportInput: true });
    if (!result.success) {
      problems.push(
        ...problemsFromIssues(
          result.error.issues,
          {
            file: shown,
            lineOf: () => line,
            knownFieldsAt: () => Object.keys(outletDetailsSchema.shape),
            exampleOf: () => undefined,
            valueAt: () => undefined,
          },
          [name],
        ),
      );
      continue;
    }
    outlets.set(foldName(name), { name: name.trim(), ...result.data });
  }
  return outlets;
}

/** Gives each article's outlet its listed spelling, description and website. */
export function describeOutlets(articles: readonly Article[], outlets: OutletList): void {
  if (outlets.size === 0) return;
  for (const article of articles) {
    const listed = outlets.get(foldName(article.source.name));
    if (!listed) continue;
    article.source.name = listed.name;
    article.source.description = listed.description;
    article.source.website = listed.website;
  }
}

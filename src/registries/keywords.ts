// The optional keyword list, content/keywords.yaml: the keywords the newsroom uses, each with a
// description shown on its page, other spellings that mean it, and a readable address when the
// automatic one is not (Arabic script). With a list, a keyword missing from it gets a warning.
import { text } from "../content/fields.ts";
import type { ContentProblem } from "../content/problems.ts";
import { loadRegistry, type Registry } from "./registry.ts";

export const KEYWORDS_FILE = "keywords.yaml";

export const keywordDetailsShape = {
  description: text("a sentence or two about the keyword")
    .optional()
    .meta({
      description: "Shown on the keyword's page: what the keyword covers, for readers.",
      examples: ["Syria's second city, in the north-west."],
    }),
};

export interface KeywordDetails {
  description?: string;
}

export type KeywordRegistry = Registry<KeywordDetails>;

export function loadKeywordRegistry(
  root: string,
  shownRoot: string,
  problems: ContentProblem[],
): KeywordRegistry | undefined {
  return loadRegistry(root, shownRoot, KEYWORDS_FILE, keywordDetailsShape, "keyword", problems);
}

// The optional outlet list, content/outlets.yaml: what readers should know about each outlet the
// newsroom translates ("opposition newspaper founded in 2011"), its website and the language it
// publishes in, shown on the outlet's page and in every article's attribution — so an author
// writes only `source: Enab Baladi`. Spellings are matched loosely; aliases fold into the name.
import { languageTag, text, webAddress } from "../content/fields.ts";
import type { ContentProblem } from "../content/problems.ts";
import { loadRegistry, type Registry } from "./registry.ts";

export const OUTLETS_FILE = "outlets.yaml";

export const outletDetailsShape = {
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
  language: languageTag()
    .optional()
    .meta({
      description:
        "The language the outlet publishes in (BCP 47), when not the site's sourceLanguage; an article's source.language still wins.",
      examples: ["ku"],
    }),
};

export interface OutletDetails {
  description?: string;
  website?: string;
  language?: string;
}

export type OutletRegistry = Registry<OutletDetails>;

export function loadOutletRegistry(
  root: string,
  shownRoot: string,
  problems: ContentProblem[],
): OutletRegistry | undefined {
  return loadRegistry(root, shownRoot, OUTLETS_FILE, outletDetailsShape, "outlet", problems);
}

// npm run new -- --title T --source S --translator X --keywords "a, b" [--summary S] [--content DIR]
// Starts a new article. Asks for what is missing when run in a terminal; fails clearly when not.
import readline from "node:readline/promises";
import { parseArgs } from "node:util";
import {
  ArticleExistsError,
  createArticle,
  type NewArticle,
  REQUIRED_OPTIONS,
  splitList,
} from "../src/authoring/new-article.ts";
import { runCommand } from "../src/cli.ts";
import { loadSettingsOf } from "../src/content/load.ts";
import { displayPath } from "../src/content/problems.ts";

const QUESTIONS: Record<keyof typeof REQUIRED_OPTIONS, string> = {
  title: "English headline: ",
  source: "Outlet it was translated from (e.g. Enab Baladi): ",
  translators: "Translator (several: separate with commas): ",
  keywords: "Keywords, separated by commas: ",
};

await runCommand(async () => {
  const { values } = parseArgs({
    options: {
      title: { type: "string" },
      source: { type: "string" },
      translator: { type: "string" },
      keywords: { type: "string" },
      summary: { type: "string" },
      content: { type: "string", default: "content" },
      debug: { type: "boolean", default: false },
    },
  });
  const given: Record<keyof typeof REQUIRED_OPTIONS, string | undefined> = {
    title: values.title,
    source: values.source,
    translators: values.translator,
    keywords: values.keywords,
  };
  const missing = (Object.keys(given) as (keyof typeof given)[]).filter(
    (key) => !given[key]?.trim(),
  );
  if (missing.length > 0) {
    if (!process.stdin.isTTY) {
      console.error(
        `Missing ${missing.map((key) => REQUIRED_OPTIONS[key]).join(", ")}. For example:\n  npm run new -- --title "Three killed in a night raid on Marat" --source "Enab Baladi" --translator "Lina Haddad" --keywords "Aleppo, Detentions"`,
      );
      return 1;
    }
    const terminal = readline.createInterface({ input: process.stdin, output: process.stdout });
    for (const key of missing) {
      while (!given[key]?.trim()) given[key] = await terminal.question(QUESTIONS[key]);
    }
    terminal.close();
  }

  const settings = loadSettingsOf(values.content);
  const article: NewArticle = {
    title: (given.title ?? "").trim(),
    source: (given.source ?? "").trim(),
    translators: splitList(given.translators ?? ""),
    keywords: splitList(given.keywords ?? ""),
    summary: values.summary?.trim() || undefined,
  };
  try {
    const created = await createArticle(values.content, article, settings);
    console.log(`Created ${displayPath(created.file)}\nIt will be published at ${created.url}`);
    return 0;
  } catch (error) {
    if (error instanceof ArticleExistsError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
});

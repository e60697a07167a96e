// The door every piece of content passes through: reads site settings, articles and pages from a
// content folder, validates them all, and reports every problem in every file at once.
import fs from "node:fs";
import path from "node:path";
import { type Article, toArticle } from "../article/article.ts";
import { checkArticle, pictureProblem } from "../article/checks.ts";
import { unifyNames } from "../article/names.ts";
import { articleSchema, leadImageSchema, sourceDetailsSchema } from "../article/schema.ts";
import { describeOutlets, loadOutletList } from "../outlet/outlets.ts";
import { type Page, pageSchema, toPage } from "../page/page.ts";
import { defaultSettings, type SiteSettings, siteSettingsSchema } from "../settings.ts";
import { decodeText, type MarkdownFile, parseFrontMatter } from "./front-matter.ts";
import { type ContentProblem, formatProblem, hasErrors, sortProblems } from "./problems.ts";
import { validateFields } from "./validate.ts";

export interface Content {
  /** Absolute path of the content folder. */
  directory: string;
  settings: SiteSettings;
  /** Newest first; equal dates in URL order, so every build orders them alike. */
  articles: Article[];
  pages: Page[];
  problems: ContentProblem[];
}

export const SETTINGS_FILE = "site.yaml";
export const ARTICLES_DIR = "articles";
export const PAGES_DIR = "pages";

/** Paths the site itself uses, which a page under content/pages/ must not take. */
const RESERVED_PAGE_SLUGS = new Set([
  "search",
  "keywords",
  "page",
  "pagefind",
  "assets",
  "404",
  "outlets",
  "translators",
  "sections",
  "archive",
  "img",
]);

export function loadContent(directory: string): Content {
  const root = path.resolve(directory);
  const problems: ContentProblem[] = [];
  if (!fs.existsSync(path.join(root, ARTICLES_DIR))) {
    problems.push({
      file: displayPath(root),
      message: `has no ${ARTICLES_DIR}/ folder: articles go in ${displayPath(path.join(root, ARTICLES_DIR))}/`,
      severity: "error",
    });
  }
  const settings = loadSettings(root, problems);

  const articles: Article[] = [];
  for (const file of markdownFiles(path.join(root, ARTICLES_DIR))) {
    const parsed = readMarkdown(file, problems);
    if (!parsed) continue;
    const shown = displayPath(file);
    const result = validateFields(articleSchema, parsed, shown, {
      source: sourceDetailsSchema,
      image: leadImageSchema,
    });
    if (!result.ok) {
      problems.push(...result.problems);
      continue;
    }
    if (parsed.body.trim() === "") {
      problems.push(noText(shown, parsed));
      continue;
    }
    const article = toArticle(result.value, shown, settings, parsed.fieldLines);
    problems.push(
      ...checkArticle(result.value, article, parsed.fieldLines, root, settings.timeZone),
    );
    articles.push(article);
  }

  const pages: Page[] = [];
  for (const file of markdownFiles(path.join(root, PAGES_DIR))) {
    const parsed = readMarkdown(file, problems);
    if (!parsed) continue;
    const result = validateFields(pageSchema, parsed, displayPath(file));
    if (!result.ok) problems.push(...result.problems);
    else if (parsed.body.trim() === "") problems.push(noText(displayPath(file), parsed));
    else pages.push(toPage(result.value, displayPath(file), settings.timeZone));
  }

  problems.push(...unifyArticleNames(articles), ...collidingUrls(articles, pages));
  describeOutlets(articles, loadOutletList(root, displayPath(root), problems));
  articles.sort((a, b) => b.date.epoch - a.date.epoch || a.url.localeCompare(b.url, "en"));
  pages.sort((a, b) => a.url.localeCompare(b.url, "en"));
  return { directory: root, settings, articles, pages, problems: sortProblems(problems) };
}

export function contentIsValid(content: Content): boolean {
  return !hasErrors(content.problems);
}

function loadSettings(root: string, problems: ContentProblem[]): SiteSettings {
  const file = path.join(root, SETTINGS_FILE);
  if (!fs.existsSync(file)) return defaultSettings;
  const shown = displayPath(file);
  const text = decodeText(fs.readFileSync(file));
  if (text === undefined) {
    problems.push(notUtf8(shown));
    return defaultSettings;
  }
  // Settings are plain YAML: reuse the front-matter reader by fencing them.
  const parsed = parseFrontMatter(`---\n${text}\n---\n`);
  if (!parsed.ok) {
    problems.push({
      file: shown,
      line: parsed.line ? parsed.line - 1 : undefined,
      message: parsed.message.replace("the front matter", "the settings"),
      severity: "error",
    });
    return defaultSettings;
  }
  const result = validateFields(siteSettingsSchema, parsed.file, shown);
  if (!result.ok) {
    problems.push(
      ...result.problems.map((problem) => ({ ...problem, line: problem.line && problem.line - 1 })),
    );
    return defaultSettings;
  }
  const image = result.value.image;
  const imageProblem =
    image &&
    pictureProblem(image, path.resolve(root, image), path.join(displayPath(root), image), root);
  if (imageProblem) {
    const line = parsed.file.fieldLines.get("image");
    problems.push({
      file: shown,
      line: line && line - 1,
      field: "image",
      message: imageProblem,
      severity: "error",
    });
    return defaultSettings;
  }
  return result.value;
}

function readMarkdown(file: string, problems: ContentProblem[]): MarkdownFile | undefined {
  const shown = displayPath(file);
  const text = decodeText(fs.readFileSync(file));
  if (text === undefined) {
    problems.push(notUtf8(shown));
    return undefined;
  }
  const parsed = parseFrontMatter(text);
  if (!parsed.ok) {
    problems.push({ file: shown, line: parsed.line, message: parsed.message, severity: "error" });
    return undefined;
  }
  return parsed.file;
}

/** Every .md file below a folder, in a stable order; hidden files and folders are skipped. */
export function markdownFiles(folder: string): string[] {
  if (!fs.existsSync(folder)) return [];
  return (fs.readdirSync(folder, { recursive: true, encoding: "utf8" }) as string[])
    .filter(
      (relative) =>
        relative.endsWith(".md") && !relative.split(path.sep).some((part) => part.startsWith(".")),
    )
    .sort()
    .map((relative) => path.join(folder, relative));
}

/** Keywords, outlets, translators and sections spelled differently in files become one. */
function unifyArticleNames(articles: Article[]): ContentProblem[] {
  const keywords = unifyNames(
    articles.flatMap((article) =>
      article.keywords.map((keyword) => ({ ...keyword, file: article.file })),
    ),
    "keyword",
  );
  const outlets = unifyNames(
    articles.map((article) => ({ ...article.source, file: article.file })),
    "outlet",
  );
  const translators = unifyNames(
    articles.flatMap((article) =>
      article.translators.map((person) => ({ ...person, file: article.file })),
    ),
    "translator",
  );
  const sections = unifyNames(
    articles.flatMap((article) =>
      article.section ? [{ ...article.section, file: article.file }] : [],
    ),
    "section",
  );
  for (const article of articles) {
    article.keywords = dedupeBySlug(
      article.keywords.map((keyword) => keywords.canonical(keyword.name)),
    );
    article.translators = dedupeBySlug(
      article.translators.map((person) => translators.canonical(person.name)),
    );
    const outlet = outlets.canonical(article.source.name);
    article.source.name = outlet.name;
    article.source.slug = outlet.slug;
    if (article.section) article.section = sections.canonical(article.section.name);
  }
  return [...keywords.problems, ...outlets.problems, ...translators.problems, ...sections.problems];
}

function dedupeBySlug<T extends { slug: string }>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(item.slug) && seen.add(item.slug));
}

/** Two files must never write the same page: name both so the author can rename one. */
function collidingUrls(articles: readonly Article[], pages: readonly Page[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const owners = new Map<string, string>();
  for (const entry of [...articles, ...pages]) {
    if (entry.slug === "") {
      problems.push({
        file: entry.file,
        message:
          "the file name has no letters or digits to make an address from: rename the file, e.g. raid-in-marat.md",
        severity: "error",
      });
      continue;
    }
    const owner = owners.get(entry.url);
    if (owner) {
      problems.push({
        file: entry.file,
        message: `would be published at ${entry.url}, the same address as ${owner}: rename one of the two files`,
        severity: "error",
      });
    } else owners.set(entry.url, entry.file);
  }
  for (const page of pages) {
    if (RESERVED_PAGE_SLUGS.has(page.slug) || /^\d{4}$/.test(page.slug)) {
      problems.push({
        file: page.file,
        message: `the address /${page.slug}/ is used by the site itself: rename the file`,
        severity: "error",
      });
    }
  }
  return problems;
}

function noText(file: string, parsed: MarkdownFile): ContentProblem {
  return {
    file,
    line: parsed.bodyLine,
    message: "has no text after the front matter: write the article below the closing --- line",
    severity: "error",
  };
}

function notUtf8(file: string): ContentProblem {
  return {
    file,
    message: "is not saved as UTF-8 text: save it again choosing the UTF-8 encoding",
    severity: "error",
  };
}

/** Paths relative to the working folder when inside it, as authors see them in their editor. */
export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith("..") && !path.isAbsolute(relative) ? relative : file;
}

/** Problems reported at the door, for code paths that cannot print them itself. */
export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(`${problems.length} problem(s) in content:\n${problems.map(formatProblem).join("\n")}`);
    this.name = "ContentError";
  }
}

/** Loads content and throws a ContentError if any file has an error. */
export function loadValidContent(directory: string): Content {
  const content = loadContent(directory);
  if (!contentIsValid(content))
    throw new ContentError(content.problems.filter((p) => p.severity === "error"));
  return content;
}

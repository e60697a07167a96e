// The door every piece of content passes through: reads site settings, articles and pages from a
// content folder, validates them all, and reports every problem in every file at once.
import fs from "node:fs";
import path from "node:path";
import { type Article, toArticle } from "../article/article.ts";
import { checkArticle, pictureProblem } from "../article/checks.ts";
import { unifyNames } from "../article/names.ts";
import { articleSchema, leadImageSchema, sourceDetailsSchema } from "../article/schema.ts";
import { type Page, pageSchema, toPage } from "../page/page.ts";
import { type KeywordRegistry, loadKeywordRegistry } from "../registries/keywords.ts";
import { loadOutletRegistry, type OutletRegistry } from "../registries/outlets.ts";
import { defaultSettings, type SiteSettings, siteSettingsSchema } from "../settings.ts";
import { type ArticleLink, brokenArticleLinks, scanBody } from "./body-checks.ts";
import {
  decodeText,
  lineOfBadEncoding,
  type MarkdownFile,
  parseFrontMatter,
} from "./front-matter.ts";
import {
  type ContentProblem,
  displayPath,
  formatProblem,
  hasErrors,
  sortProblems,
} from "./problems.ts";
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

/**
 * The largest file the site reads. A long report is about 100 kB; a file ten times that size is
 * a paste gone wrong (images or data in the text) and would slow every build and search.
 */
export const MAX_FILE_BYTES = 1_000_000;

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
  const registries: Registries = {
    keywords: loadKeywordRegistry(root, displayPath(root), problems),
    outlets: loadOutletRegistry(root, displayPath(root), problems),
  };

  const articles: Article[] = [];
  const fieldLines = new Map<Article, MarkdownFile["fieldLines"]>();
  const articleFiles = markdownFiles(path.join(root, ARTICLES_DIR), problems);
  if (articleFiles.length === 0 && fs.existsSync(path.join(root, ARTICLES_DIR))) {
    problems.push({
      file: displayPath(path.join(root, ARTICLES_DIR)),
      message: `has no articles yet: add one as a Markdown file, e.g. ${displayPath(path.join(root, ARTICLES_DIR, "2025", "first-article.md"))}`,
      severity: "error",
    });
  }
  const articleLinks: ArticleLink[] = [];
  const siteUrl = new URL(settings.url);
  for (const file of articleFiles) {
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
    const scanned = scanBody(shown, parsed.body, parsed.bodyLine, siteUrl);
    problems.push(...scanned.problems);
    articleLinks.push(...scanned.articleLinks);
    const outletLanguage = registries.outlets?.lookup(result.value.source.name)?.details.language;
    const article = toArticle(result.value, shown, settings, parsed.fieldLines, outletLanguage);
    problems.push(
      ...checkArticle(result.value, article, parsed.fieldLines, root, settings.timeZone),
    );
    fieldLines.set(article, parsed.fieldLines);
    articles.push(article);
  }

  const pages: Page[] = [];
  for (const file of markdownFiles(path.join(root, PAGES_DIR), problems)) {
    const parsed = readMarkdown(file, problems);
    if (!parsed) continue;
    const result = validateFields(pageSchema, parsed, displayPath(file));
    if (!result.ok) problems.push(...result.problems);
    else if (parsed.body.trim() === "") problems.push(noText(displayPath(file), parsed));
    else pages.push(toPage(result.value, displayPath(file), settings.timeZone));
  }

  problems.push(
    ...unifyArticleNames(articles, fieldLines, registries),
    ...collidingUrls(articles, pages),
    ...brokenArticleLinks(articleLinks, new Set(articles.map((article) => article.url))),
  );
  articles.sort((a, b) => b.date.epoch - a.date.epoch || a.url.localeCompare(b.url, "en"));
  pages.sort((a, b) => a.url.localeCompare(b.url, "en"));
  return { directory: root, settings, articles, pages, problems: sortProblems(problems) };
}

export function contentIsValid(content: Content): boolean {
  return !hasErrors(content.problems);
}

/** Site settings alone, for commands that need no articles; throws a ContentError when invalid. */
export function loadSettingsOf(directory: string): SiteSettings {
  const problems: ContentProblem[] = [];
  const settings = loadSettings(path.resolve(directory), problems);
  if (hasErrors(problems)) throw new ContentError(problems);
  return settings;
}

function loadSettings(root: string, problems: ContentProblem[]): SiteSettings {
  const file = path.join(root, SETTINGS_FILE);
  if (!fs.existsSync(file)) return defaultSettings;
  const shown = displayPath(file);
  const text = readText(file, problems);
  if (text === undefined) return defaultSettings;
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

/** A file's text, or undefined with a problem when it is too large, unreadable or not UTF-8. */
function readText(file: string, problems: ContentProblem[]): string | undefined {
  const shown = displayPath(file);
  const problem = (message: string, line?: number) => {
    problems.push({ file: shown, line, message, severity: "error" });
    return undefined;
  };
  let bytes: Buffer;
  try {
    const size = fs.statSync(file).size;
    if (size > MAX_FILE_BYTES) {
      return problem(
        `is ${megabytes(size)}, more than the ${megabytes(MAX_FILE_BYTES)} a file may have: split a very long text into parts, and keep pasted images or data out of it`,
      );
    }
    bytes = fs.readFileSync(file);
  } catch (error) {
    return problem(
      `could not be read (${(error as NodeJS.ErrnoException).code ?? String(error)}): check that the file exists and that you may read it`,
    );
  }
  const text = decodeText(bytes);
  if (text === undefined) {
    return problem(
      "is not saved as UTF-8 text: open it in your editor and save it again choosing the UTF-8 encoding",
      lineOfBadEncoding(bytes),
    );
  }
  return text;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

function readMarkdown(file: string, problems: ContentProblem[]): MarkdownFile | undefined {
  const shown = displayPath(file);
  const text = readText(file, problems);
  if (text === undefined) return undefined;
  const parsed = parseFrontMatter(text);
  if (!parsed.ok) {
    problems.push({ file: shown, line: parsed.line, message: parsed.message, severity: "error" });
    return undefined;
  }
  return parsed.file;
}

/**
 * Every .md file below a folder, in a stable order; hidden files and folders are skipped. A
 * folder named like a Markdown file is reported, not read.
 */
export function markdownFiles(folder: string, problems: ContentProblem[] = []): string[] {
  if (!fs.existsSync(folder)) return [];
  return fs
    .readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.name.endsWith(".md"))
    .map((entry) => ({ entry, file: path.join(entry.parentPath, entry.name) }))
    .filter(
      ({ file }) =>
        !path
          .relative(folder, file)
          .split(path.sep)
          .some((part) => part.startsWith(".")),
    )
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
    .filter(({ entry, file }) => {
      // The listing tells files from folders without a stat per file; links need one.
      const isFolder = entry.isSymbolicLink()
        ? fs.statSync(file, { throwIfNoEntry: false })?.isDirectory()
        : entry.isDirectory();
      if (!isFolder) return true;
      problems.push({
        file: displayPath(file),
        message:
          "is a folder with a Markdown file's name: rename it without .md (its files are still read)",
        severity: "error",
      });
      return false;
    })
    .map(({ file }) => file);
}

/** The optional lists of names under content/. */
interface Registries {
  keywords?: KeywordRegistry;
  outlets?: OutletRegistry;
}

/** Keywords, outlets, translators and sections spelled differently in files become one. */
function unifyArticleNames(
  articles: Article[],
  fieldLines: ReadonlyMap<Article, ReadonlyMap<string, number>>,
  registries: Registries,
): ContentProblem[] {
  const at = (article: Article, field: string, item?: number) => ({
    file: article.file,
    line: fieldLines.get(article)?.get(field),
    field: item === undefined ? field : `${field}[${item}]`,
  });
  const keywords = unifyNames(
    articles.flatMap((article) =>
      article.keywords.map((keyword, index) => ({
        ...keyword,
        ...at(article, "keywords", index),
      })),
    ),
    "keyword",
    registries.keywords,
  );
  const outlets = unifyNames(
    articles.map((article) => ({ ...article.source, ...at(article, "source") })),
    "outlet",
    registries.outlets,
  );
  const translators = unifyNames(
    articles.flatMap((article) =>
      article.translators.map((person) => ({ ...person, ...at(article, "translator") })),
    ),
    "translator",
  );
  const sections = unifyNames(
    articles.flatMap((article) =>
      article.section ? [{ ...article.section, ...at(article, "section") }] : [],
    ),
    "section",
  );
  for (const article of articles) {
    article.keywords = dedupeBySlug(
      article.keywords.map((keyword) => {
        const { name, slug, entry } = keywords.canonical(keyword.name);
        return { name, slug, description: entry?.details.description };
      }),
    );
    article.translators = dedupeBySlug(
      article.translators.map((person) => translators.canonical(person.name)),
    );
    const outlet = outlets.canonical(article.source.name);
    article.source.name = outlet.name;
    article.source.slug = outlet.slug;
    article.source.description = outlet.entry?.details.description;
    article.source.website = outlet.entry?.details.website;
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

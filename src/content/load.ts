// The door every piece of content passes through: reads site settings, articles and pages from a
// content folder, validates them all, and reports every problem in every file at once.
import fs from "node:fs";
import path from "node:path";
import { type Article, type Named, toArticle } from "../article/article.ts";
import { checkArticle, pictureProblem } from "../article/checks.ts";
import { type NameUse, unifyNames } from "../article/names.ts";
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
  const state: LoadState = {
    root,
    settings,
    registries,
    siteUrl: new URL(settings.url),
    folderProblems: problems,
    articles: new Map(),
    pages: new Map(),
  };
  for (const file of markdownFiles(path.join(root, ARTICLES_DIR), problems))
    state.articles.set(file, readArticle(file, state));
  for (const file of markdownFiles(path.join(root, PAGES_DIR), problems))
    state.pages.set(file, readPage(file, state));
  return assemble(state);
}

/**
 * The content after some files changed, re-reading only those that are articles or pages (an
 * added, edited or deleted file); everything else comes from `previous`. Any other change (site
 * settings, a registry, a picture) reads the whole folder again, as loadContent does.
 */
export function reloadContent(previous: Content, changed: readonly string[]): Content {
  const state = loadStates.get(previous);
  if (!state) return loadContent(previous.directory);
  const kinds = changed.map((file) => {
    const absolute = path.resolve(file);
    const relative = path.relative(state.root, absolute).split(path.sep);
    const isMarkdown =
      absolute.endsWith(".md") && !relative.some((part) => part.startsWith(".") || part === "..");
    return { absolute, folder: isMarkdown ? relative[0] : undefined };
  });
  if (kinds.some(({ folder }) => folder !== ARTICLES_DIR && folder !== PAGES_DIR))
    return loadContent(previous.directory);
  const next: LoadState = {
    ...state,
    articles: new Map(state.articles),
    pages: new Map(state.pages),
  };
  let sameListings = true;
  for (const { absolute, folder } of kinds) {
    const files = folder === ARTICLES_DIR ? next.articles : next.pages;
    const isFile = fs.statSync(absolute, { throwIfNoEntry: false })?.isFile();
    if (!isFile) {
      sameListings = false;
      files.delete(absolute);
    } else if (folder === ARTICLES_DIR) {
      const read = readArticle(absolute, next);
      sameListings &&= listedAlike(state.articles.get(absolute)?.article, read.article);
      next.articles.set(absolute, read);
    } else {
      sameListings = false;
      next.pages.set(absolute, readPage(absolute, next));
    }
  }
  if (!sameListings) {
    // Files are read in path order: keep it, so problems and names come out as a full load's.
    const byPath = ([a]: [string, unknown], [b]: [string, unknown]) => (a < b ? -1 : a > b ? 1 : 0);
    next.articles = new Map([...next.articles].sort(byPath));
    next.pages = new Map([...next.pages].sort(byPath));
  }
  return assemble(next, sameListings);
}

/**
 * Whether an article's new version is filed and named as before (same address, date, names,
 * picture, draft): then the names unified across files, and the lists, are those of before.
 */
function listedAlike(before: Article | undefined, after: Article | undefined): boolean {
  const listing = (article: Article) =>
    JSON.stringify([
      article.url,
      article.date.epoch,
      article.draft,
      article.image?.path,
      article.source.name,
      article.section?.name,
      article.keywords.map((keyword) => keyword.name),
      article.translators.map((person) => person.name),
    ]);
  return before !== undefined && after !== undefined && listing(before) === listing(after);
}

/**
 * Whether `content` was reloaded with only articles' texts changed (body, headline, summary…),
 * each filed and named as before: the lists built from the content it was reloaded from still
 * hold the same articles in the same places.
 */
export function listedAsBefore(content: Content): boolean {
  return loadStates.get(content)?.listedAsBefore ?? false;
}

/** What a load read, kept so that reloadContent re-reads only the files that changed. */
interface LoadState {
  root: string;
  settings: SiteSettings;
  registries: Registries;
  siteUrl: URL;
  /** Problems of the folder, the settings and the registries. */
  folderProblems: readonly ContentProblem[];
  /** Each Markdown file as read, by absolute path, in path order. */
  articles: Map<string, ArticleRead>;
  pages: Map<string, PageRead>;
  /** Each article as last assembled, names unified, and the read it came from, by absolute path. */
  unified?: Map<string, { read: ArticleRead; article: Article }>;
  /** Problems across files from names and addresses, as last assembled. */
  namesProblems?: ContentProblem[];
  /** Whether the last assembly reused the names and lists of the one before. */
  listedAsBefore?: boolean;
}

/** One article file as read and checked on its own, before names are unified across files. */
interface ArticleRead {
  problems: ContentProblem[];
  article?: Article;
  fieldLines?: MarkdownFile["fieldLines"];
  links: ArticleLink[];
}

interface PageRead {
  problems: ContentProblem[];
  page?: Page;
}

const loadStates = new WeakMap<Content, LoadState>();

function readArticle(file: string, state: LoadState): ArticleRead {
  const { root, settings, registries, siteUrl } = state;
  const problems: ContentProblem[] = [];
  const parsed = readMarkdown(file, problems);
  if (!parsed) return { problems, links: [] };
  const shown = displayPath(file);
  const result = validateFields(articleSchema, parsed, shown, {
    source: sourceDetailsSchema,
    image: leadImageSchema,
  });
  if (!result.ok) return { problems: [...problems, ...result.problems], links: [] };
  if (parsed.body.trim() === "") return { problems: [noText(shown, parsed)], links: [] };
  const scanned = scanBody(shown, parsed.body, parsed.bodyLine, siteUrl);
  problems.push(...scanned.problems);
  const outletLanguage = registries.outlets?.lookup(result.value.source.name)?.details.language;
  const article = toArticle(
    result.value,
    parsed.body,
    shown,
    settings,
    parsed.fieldLines,
    outletLanguage,
  );
  problems.push(...checkArticle(result.value, article, parsed.fieldLines, root, settings.timeZone));
  return { problems, article, fieldLines: parsed.fieldLines, links: scanned.articleLinks };
}

function readPage(file: string, { settings }: LoadState): PageRead {
  const problems: ContentProblem[] = [];
  const parsed = readMarkdown(file, problems);
  if (!parsed) return { problems };
  const result = validateFields(pageSchema, parsed, displayPath(file));
  if (!result.ok) return { problems: result.problems };
  if (parsed.body.trim() === "") return { problems: [noText(displayPath(file), parsed)] };
  return {
    problems,
    page: toPage(result.value, parsed.body, displayPath(file), settings.timeZone),
  };
}

/**
 * The checks across files (names, addresses, links) and the order every build shows. With
 * `reuseNames`, every article is filed and named as in the last assembly: names are taken from
 * it instead of being unified again (the slow part at archive scale).
 */
function assemble(state: LoadState, reuseNames = false): Content {
  const previous = reuseNames ? state.unified : undefined;
  const { root } = state;
  const problems = [...state.folderProblems];
  if (state.articles.size === 0 && fs.existsSync(path.join(root, ARTICLES_DIR))) {
    problems.push({
      file: displayPath(path.join(root, ARTICLES_DIR)),
      message: `has no articles yet: add one as a Markdown file, e.g. ${displayPath(path.join(root, ARTICLES_DIR, "2025", "first-article.md"))}`,
      severity: "error",
    });
  }
  const articles: Article[] = [];
  const fieldLines = new Map<Article, MarkdownFile["fieldLines"]>();
  const articleLinks: ArticleLink[] = [];
  const unified = new Map<string, { read: ArticleRead; article: Article }>();
  for (const [file, read] of state.articles) {
    problems.push(...read.problems);
    articleLinks.push(...read.links);
    if (!read.article || !read.fieldLines) continue;
    const last = previous?.get(file);
    // A file not read again is assembled as last time (copying 10,000 articles took 0.1 s of
    // every save in the preview).
    if (last?.read === read) {
      articles.push(last.article);
      unified.set(file, last);
      continue;
    }
    // Unifying names rewrites them: a copy keeps the file as read for the next reload.
    const article = { ...read.article, source: { ...read.article.source } };
    const named = last?.article;
    if (named) {
      article.keywords = named.keywords;
      article.translators = named.translators;
      article.source = { ...article.source, ...pickNames(named.source) };
      article.section = named.section;
    }
    fieldLines.set(article, read.fieldLines);
    articles.push(article);
    unified.set(file, { read, article });
  }
  const pages: Page[] = [];
  for (const read of state.pages.values()) {
    problems.push(...read.problems);
    if (read.page) pages.push(read.page);
  }

  const namesProblems =
    previous && state.namesProblems
      ? state.namesProblems
      : [
          ...unifyArticleNames(articles, fieldLines, state.registries),
          ...collidingUrls(articles, pages),
        ];
  state.unified = unified;
  state.namesProblems = namesProblems;
  state.listedAsBefore = previous !== undefined;
  problems.push(
    ...namesProblems,
    ...brokenArticleLinks(articleLinks, new Set(articles.map((article) => article.url))),
  );
  articles.sort((a, b) => b.date.epoch - a.date.epoch || a.url.localeCompare(b.url, "en"));
  pages.sort((a, b) => a.url.localeCompare(b.url, "en"));
  const content = {
    directory: root,
    settings: state.settings,
    articles,
    pages,
    problems: sortProblems(problems),
  };
  loadStates.set(content, state);
  return content;
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
  // One object of one shape per use: spreading each name and the article's whole source into it
  // was a tenth of the time checking 10,000 articles takes.
  const use = (article: Article, named: Named, field: string, item?: number): NameUse => ({
    name: named.name,
    slug: named.slug,
    file: article.file,
    line: fieldLines.get(article)?.get(field),
    field: item === undefined ? field : `${field}[${item}]`,
  });
  const keywords = unifyNames(
    articles.flatMap((article) =>
      article.keywords.map((keyword, index) => use(article, keyword, "keywords", index)),
    ),
    "keyword",
    registries.keywords,
  );
  const outlets = unifyNames(
    articles.map((article) => use(article, article.source, "source")),
    "outlet",
    registries.outlets,
  );
  const translators = unifyNames(
    articles.flatMap((article) =>
      article.translators.map((person) => use(article, person, "translator")),
    ),
    "translator",
  );
  const sections = unifyNames(
    articles.flatMap((article) =>
      article.section ? [use(article, article.section, "section")] : [],
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

/** The parts of an outlet that unifying names sets. */
function pickNames(source: Article["source"]): Partial<Article["source"]> {
  const { name, slug, description, website } = source;
  return { name, slug, description, website };
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

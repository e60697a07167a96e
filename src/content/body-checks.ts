// Checks on an article's Markdown text that the schema cannot see: images need alt text, and
// links to articles of this site must lead to articles that exist.
import type { ContentProblem } from "./problems.ts";

/** A link found in a body, kept until every article's address is known. */
export interface ArticleLink {
  file: string;
  line: number;
  /** Site-relative path as written or resolved from the site's own address: /2025/11/raid/ */
  path: string;
}

// [text](target "title"), [label]: target, <https://…>, and href="…" in raw HTML. Each pattern
// runs only when the text holds its telltale characters: most bodies hold few links.
const LINK_TARGETS: { telltale: string; pattern: RegExp }[] = [
  { telltale: "](", pattern: /\]\(\s*<?([^)\s>]+)/g },
  { telltale: "]:", pattern: /^[ \t]{0,3}\[[^\]]+\]:[ \t]*<?([^\s>]+)/gm },
  { telltale: "<http", pattern: /<(https?:\/\/[^>\s]+)>/g },
  { telltale: "href", pattern: /href\s*=\s*["']([^"']+)["']/g },
];
const ARTICLE_PATH = /^\/\d{4}\/\d{2}\/[^/?#]+\/?$/;
const IMAGE_WITHOUT_ALT = /!\[\s*\]\(/g;

function lineAt(text: string, index: number): number {
  let line = 0;
  for (let at = text.indexOf("\n"); at !== -1 && at < index; at = text.indexOf("\n", at + 1))
    line++;
  return line;
}

/** Images without alt text, as problems; links that look like article addresses, for later. */
export function scanBody(
  file: string,
  body: string,
  bodyLine: number,
  siteUrl: URL,
): { problems: ContentProblem[]; articleLinks: ArticleLink[] } {
  const problems: ContentProblem[] = [];
  for (const match of body.matchAll(IMAGE_WITHOUT_ALT)) {
    problems.push({
      file,
      line: bodyLine + lineAt(body, match.index),
      message:
        "an image has no description: write what it shows between the brackets, e.g. ![Flooded street in Raqqa](…), for readers who cannot see it",
      severity: "error",
    });
  }
  const articleLinks: ArticleLink[] = [];
  for (const { telltale, pattern } of LINK_TARGETS) {
    if (!body.includes(telltale)) continue;
    for (const match of body.matchAll(pattern)) {
      const path = sitePathOf(match[1] ?? "", siteUrl);
      if (path && ARTICLE_PATH.test(path)) {
        articleLinks.push({ file, line: bodyLine + lineAt(body, match.index), path });
      }
    }
  }
  articleLinks.sort((a, b) => a.line - b.line);
  return { problems, articleLinks };
}

/** "/2025/11/x/#part" → "/2025/11/x/"; a full URL on this site's address → its path; else undefined. */
function sitePathOf(target: string, siteUrl: URL): string | undefined {
  if (target.startsWith("/") && !target.startsWith("//")) return target.replace(/[?#].*$/, "");
  if (!/^https?:\/\//.test(target)) return undefined;
  try {
    const url = new URL(target);
    if (url.host !== siteUrl.host || !url.pathname.startsWith(siteUrl.pathname)) return undefined;
    return `/${url.pathname.slice(siteUrl.pathname.length)}`;
  } catch {
    return undefined;
  }
}

/** Links to article addresses that no article has. */
export function brokenArticleLinks(
  links: readonly ArticleLink[],
  articleUrls: ReadonlySet<string>,
): ContentProblem[] {
  return links
    .filter((link) => !articleUrls.has(link.path.endsWith("/") ? link.path : `${link.path}/`))
    .map((link) => ({
      file: link.file,
      line: link.line,
      message: `links to ${link.path}, but no article is published there: check the address (year, month and file name)`,
      severity: "error" as const,
    }));
}

// How article bodies become HTML: markdown-it with typographic quotes and linkable headings.
// Raw HTML is allowed but passes the sanitizer; links go only to allowed addresses.
import MarkdownIt from "markdown-it";
import type Token from "markdown-it/lib/token.mjs";
import markdownItAnchor from "markdown-it-anchor";
import { isSafeLink } from "./security/links.ts";
import { sanitizeHtml } from "./security/sanitizer.ts";
import { slugify } from "./slug.ts";

/** The one Markdown renderer of the site; Eleventy uses it for every .md file. */
export function createMarkdown(): MarkdownIt {
  const markdown = new MarkdownIt({ html: true, typographer: true, linkify: false });
  // [text](javascript:…) stays text: only http(s), mailto and relative addresses become links.
  markdown.validateLink = isSafeLink;
  // Subheadings get ids so readers can link to a section.
  markdown.use(markdownItAnchor, {
    slugify: (text: string) => slugify(text) || "section",
    tabIndex: false,
  });
  // Column alignment as a class: an inline style would need 'unsafe-inline' in the policy.
  markdown.core.ruler.push("alignment-classes", (state) => {
    for (const token of state.tokens) {
      const style = token.attrGet("style");
      const align = style && /^text-align:(left|center|right)$/.exec(style)?.[1];
      if (!align) continue;
      token.attrs = (token.attrs ?? []).filter(([name]) => name !== "style");
      token.attrJoin("class", `align-${align}`);
    }
  });

  // Bodies with raw HTML are rendered, then sanitized as a whole (a tag and its closing tag
  // are separate tokens); bodies without any, nearly all of them, skip the sanitizer.
  markdown.render = (source, env = {}) => {
    const tokens = markdown.parse(source, env);
    const html = markdown.renderer.render(tokens, markdown.options, env);
    return tokens.some(hasRawHtml) ? sanitizeHtml(html) : html;
  };
  return markdown;
}

function hasRawHtml(token: Token): boolean {
  return (
    token.type === "html_block" ||
    token.type === "html_inline" ||
    (token.children ?? []).some(hasRawHtml)
  );
}

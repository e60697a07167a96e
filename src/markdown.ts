// How article bodies become HTML: markdown-it with typographic quotes and linkable headings.
import MarkdownIt from "markdown-it";
import markdownItAnchor from "markdown-it-anchor";
import { slugify } from "./slug.ts";

/** The one Markdown renderer of the site; Eleventy uses it for every .md file. */
export function createMarkdown(): MarkdownIt {
  const markdown = new MarkdownIt({
    // Raw HTML stays text until it passes an allowlist: pasted markup must never run.
    html: false,
    typographer: true,
    linkify: false,
  });
  // Subheadings get ids so readers can link to a section.
  markdown.use(markdownItAnchor, {
    slugify: (text: string) => slugify(text) || "section",
    tabIndex: false,
  });
  return markdown;
}

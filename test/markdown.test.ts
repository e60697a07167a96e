import { describe, expect, it } from "vitest";
import { createMarkdown } from "../src/markdown.ts";

const markdown = createMarkdown();

describe("article bodies", () => {
  it("make links only of http(s), mailto and site addresses", () => {
    const html = markdown.render(
      "[a](https://example.org/) [b](/about/) [c](mailto:desk@example.org) [d](javascript:alert(1)) [e](data:text/html,x) ![f](javascript:alert(1))",
    );
    expect(html).toBe(
      '<p><a href="https://example.org/">a</a> <a href="/about/">b</a> <a href="mailto:desk@example.org">c</a> [d](javascript:alert(1)) [e](data:text/html,x) ![f](javascript:alert(1))</p>\n',
    );
  });

  it("pass raw HTML through the sanitizer", () => {
    expect(
      markdown.render('Text <img src=x onerror="alert(1)"> and <script>alert(2)</script>.'),
    ).toBe('<p>Text <img src="x"> and .</p>\n');
    expect(markdown.render("<figure>\n\n*Caption*\n\n</figure>")).toBe(
      "<figure>\n<p><em>Caption</em></p>\n</figure>",
    );
  });

  it("align table columns with classes, not inline styles the policy would block", () => {
    const html = markdown.render("| a | b |\n|:-:|--:|\n| 1 | 2 |");
    expect(html).toContain('<th class="align-center">a</th>');
    expect(html).toContain('<td class="align-right">2</td>');
    expect(html).not.toContain("style=");
  });

  it("keep heading ids and code languages through the sanitizer", () => {
    const html = markdown.render("## What <em>residents</em> saw\n\n```js\nlet x;\n```");
    expect(html).toContain('<h2 id="what-residents-saw">');
    expect(html).toContain('<code class="language-js">');
  });
});

import { describe, expect, it } from "vitest";
import { brokenArticleLinks, scanBody } from "../../src/content/body-checks.ts";

const SITE = new URL("https://news.example/");
const BODY = [
  "Intro with a [related story](/2025/11/raid-in-marat/) and [another](/2025/10/missing/#part).",
  "",
  "![](/media/photo.jpg)",
  "",
  "[ref]: https://news.example/2024/01/old-story/",
  "A [full link](https://news.example/2025/11/raid-in-marat/) and an [outside one](https://example.org/2025/11/x/).",
  'Raw <a href="/2023/05/gone/">html</a>, a [keyword page](/keywords/aleppo/) and ![Alt text](/x.jpg).',
].join("\n");

describe("scanBody", () => {
  const scanned = scanBody("a.md", BODY, 10, SITE);

  it("finds images without alt text, with their line", () => {
    expect(scanned.problems).toEqual([
      expect.objectContaining({ file: "a.md", line: 12, severity: "error" }),
    ]);
    expect(scanned.problems[0]?.message).toMatch(/image has no description/);
  });

  it("collects links to article addresses of this site only", () => {
    expect(scanned.articleLinks.map((link) => [link.path, link.line])).toEqual([
      ["/2025/11/raid-in-marat/", 10],
      ["/2025/10/missing/", 10],
      ["/2024/01/old-story/", 14],
      ["/2025/11/raid-in-marat/", 15],
      ["/2023/05/gone/", 16],
    ]);
  });

  it("reports the links that lead nowhere", () => {
    const broken = brokenArticleLinks(scanned.articleLinks, new Set(["/2025/11/raid-in-marat/"]));
    expect(broken.map((problem) => [problem.line, problem.message.split(",")[0]])).toEqual([
      [10, "links to /2025/10/missing/"],
      [14, "links to /2024/01/old-story/"],
      [16, "links to /2023/05/gone/"],
    ]);
  });
});

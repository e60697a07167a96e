import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { markdownFilesUpTo, renderInOwnProcess, youngGeneration } from "../src/render-process.ts";
import { FIXTURES, temporaryFolder } from "./support/build.ts";

describe("the rendering process's young generation", () => {
  const contentWith = (files: string[]) => {
    const folder = temporaryFolder("young-generation");
    for (const file of files) {
      fs.mkdirSync(path.dirname(path.join(folder, file)), { recursive: true });
      fs.writeFileSync(path.join(folder, file), "---\ntitle: A\n---\n");
    }
    return folder;
  };

  it("counts the Markdown files in every folder but hidden ones, up to the limit", () => {
    const folder = contentWith([
      "articles/2024/a.md",
      "articles/2024/b.md",
      "articles/2025/nested/c.md",
      "articles/2025/notes.txt",
      "articles/.drafts/d.md",
      "pages/about.md",
    ]);
    expect(markdownFilesUpTo(folder, 100)).toBe(4);
    expect(markdownFilesUpTo(folder, 3)).toBe(3);
    expect(markdownFilesUpTo(path.join(folder, "missing"), 100)).toBe(0);
  });

  it("is larger from a large archive up, and V8's own below", () => {
    expect(youngGeneration(20_000)).toEqual(["--max-semi-space-size=64"]);
    expect(youngGeneration(19_999)).toEqual([]);
  });
});

describe("when the search index may start", () => {
  const render = async (indexBesideListsFrom?: number) => {
    const outputDir = path.join(temporaryFolder("render-order"), "_site");
    const seen: { articles: number; articlePage: boolean; feed: boolean }[] = [];
    const rendered = await renderInOwnProcess(
      { contentDir: path.join(FIXTURES, "basic"), outputDir, base: "/", now: Date.now() },
      ({ articles }) =>
        seen.push({
          articles,
          articlePage: fs.existsSync(path.join(outputDir, "2025/11/raid-in-marat/index.html")),
          feed: fs.existsSync(path.join(outputDir, "feed.xml")),
        }),
      indexBesideListsFrom,
    );
    expect(rendered.ok).toBe(true);
    return seen;
  };

  it("is once every page is written, in a small archive", async () => {
    expect(await render()).toEqual([{ articles: 4, articlePage: true, feed: true }]);
  });

  it("is as soon as the article pages are written, before the lists, in a large one", async () => {
    expect(await render(1)).toEqual([{ articles: 4, articlePage: true, feed: false }]);
  });
});

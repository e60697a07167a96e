import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { markdownFilesUpTo, youngGeneration } from "../src/render-process.ts";
import { temporaryFolder } from "./support/build.ts";

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
    const folder = contentWith(["articles/2024/a.md", "articles/2025/b.md", "pages/about.md"]);
    expect(youngGeneration(folder, 3)).toEqual(["--max-semi-space-size=64"]);
    expect(youngGeneration(folder, 4)).toEqual([]);
    expect(youngGeneration(folder)).toEqual([]);
  });
});

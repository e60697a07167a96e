// reloadContent, as the preview uses it after a save: whatever files changed, the result is what
// reading the whole folder again gives, and a text-only edit says the lists still hold.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  type Content,
  listedAsBefore,
  loadContent,
  reloadContent,
} from "../../src/content/load.ts";
import { FIXTURES, temporaryFolder } from "../support/build.ts";

function copyOfBasic(): string {
  const folder = path.join(temporaryFolder("reload"), "content");
  fs.cpSync(path.join(FIXTURES, "basic"), folder, { recursive: true });
  return folder;
}

const RAID = path.join("articles", "2025", "raid-in-marat.md");

function edit(folder: string, file: string, change: (text: string) => string): string {
  const absolute = path.join(folder, file);
  fs.writeFileSync(absolute, change(fs.readFileSync(absolute, "utf8")));
  return absolute;
}

/** Reloads after a change and checks the result against a full read of the folder. */
function reloadAndCompare(previous: Content, changed: string[]): Content {
  const reloaded = reloadContent(previous, changed);
  expect(reloaded).toEqual(loadContent(previous.directory));
  return reloaded;
}

describe("reloadContent", () => {
  it("takes an edited body and headline, keeping names and lists", () => {
    const folder = copyOfBasic();
    const first = loadContent(folder);
    const file = edit(folder, RAID, (text) =>
      text
        .replace("Three killed", "Four killed")
        .replace("after midnight", "after midnight (corrected)"),
    );
    const reloaded = reloadAndCompare(first, [file]);
    expect(listedAsBefore(reloaded)).toBe(true);
    const raid = reloaded.articles.find((article) => article.file.endsWith("raid-in-marat.md"));
    expect(raid?.title).toBe("Four killed in a night raid on Marat");
    // Names unified across files are kept: the shared keyword keeps its one spelling.
    expect(raid?.keywords.map((keyword) => keyword.name)).toContain("al-Sina’a Prison");
  });

  it("assembles again only the file saved, save after save", () => {
    const folder = copyOfBasic();
    const first = loadContent(folder);
    const byFile = (content: Content) =>
      new Map(content.articles.map((article) => [article.file, article]));
    let previous = first;
    for (const change of ["after midnight (one)", "after midnight (two)"]) {
      const file = edit(folder, RAID, (text) => text.replace(/after midnight[^.\n]*/, change));
      const reloaded = reloadAndCompare(previous, [file]);
      expect(listedAsBefore(reloaded)).toBe(true);
      const before = byFile(previous);
      for (const [name, article] of byFile(reloaded)) {
        if (name.endsWith("raid-in-marat.md")) expect(article).not.toBe(before.get(name));
        else expect(article).toBe(before.get(name));
      }
      previous = reloaded;
    }
  });

  it("unifies names again when a keyword changes", () => {
    const folder = copyOfBasic();
    const first = loadContent(folder);
    const file = edit(folder, RAID, (text) => text.replace("  - Security\n", "  - security\n"));
    const reloaded = reloadAndCompare(first, [file]);
    expect(listedAsBefore(reloaded)).toBe(false);
  });

  it("adds a new file and drops a deleted one", () => {
    const folder = copyOfBasic();
    const first = loadContent(folder);
    const added = path.join(folder, "articles", "2025", "copy-of-raid.md");
    fs.copyFileSync(path.join(folder, RAID), added);
    const withCopy = reloadAndCompare(first, [added]);
    expect(withCopy.articles).toHaveLength(first.articles.length + 1);
    fs.rmSync(path.join(folder, RAID));
    const withoutRaid = reloadAndCompare(withCopy, [path.join(folder, RAID)]);
    expect(withoutRaid.articles).toHaveLength(first.articles.length);
  });

  it("reports a file saved with an error, and clears it once fixed", () => {
    const folder = copyOfBasic();
    const first = loadContent(folder);
    const good = fs.readFileSync(path.join(folder, RAID), "utf8");
    const file = edit(folder, RAID, (text) => text.replace(/^date: .*$/m, "date: 2025-13-45"));
    const broken = reloadAndCompare(first, [file]);
    expect(broken.problems.some((problem) => problem.file.endsWith("raid-in-marat.md"))).toBe(true);
    fs.writeFileSync(file, good);
    const fixed = reloadAndCompare(broken, [file]);
    expect(fixed.problems).toEqual(first.problems);
    // The lists before the error are not the ones to compare with: they are worked out again.
    expect(listedAsBefore(fixed)).toBe(false);
  });

  it("reads everything again when the settings change", () => {
    const folder = copyOfBasic();
    const first = loadContent(folder);
    const settings = edit(folder, "site.yaml", (text) => text.replace("perPage: 2", "perPage: 3"));
    const reloaded = reloadAndCompare(first, [settings]);
    expect(reloaded.settings.perPage).toBe(3);
  });
});

import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { contentIsValid, loadContent } from "../../src/content/load.ts";
import { formatProblem } from "../../src/content/problems.ts";
import { DEFAULT_DISCLAIMER } from "../../src/settings.ts";
import { FIXTURES, temporaryFolder } from "../support/build.ts";

/** Writes a content folder of the given files (path → text) and returns it. */
function contentFolder(files: Record<string, string>): string {
  const root = temporaryFolder("content");
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
  }
  return root;
}

const article = (fields: string, body = "Body text.") => `---\n${fields.trim()}\n---\n${body}\n`;
const GOOD =
  "title: A headline\ndate: 2025-11-19\nsource: Enab Baladi\ntranslator: Lina Haddad\nkeywords: [Aleppo]";

describe("loadContent on a folder of bad files", () => {
  const content = loadContent(path.join(FIXTURES, "bad"));
  const messages = content.problems.map(formatProblem);

  it("lists every bad file at once, and accepts the good one", () => {
    const files = new Set(content.problems.map((problem) => path.basename(problem.file)));
    expect([...files].sort()).toEqual(["bad-date.md", "bad-source.md", "bad-yaml.md", "empty.md"]);
    expect(content.articles.map((a) => a.title)).toEqual(["A good article among bad ones"]);
    expect(contentIsValid(content)).toBe(false);
  });

  it("names file, line, field, the problem and what was written", () => {
    expect(messages).toContain(
      'test/fixtures/sites/bad/articles/2025/bad-date.md:3: "date" must be a date like 2025-11-19 or 2025-11-19T14:30:00+03:00, got "2025-13-45"',
    );
  });

  it("suggests the field an unknown one was meant to be", () => {
    expect(messages).toContain(
      'test/fixtures/sites/bad/articles/2025/bad-date.md:5: "transaltor" is not a field; did you mean "translator"?',
    );
  });

  it("explains nested and union fields", () => {
    const source = messages.filter((message) => message.includes("bad-source.md"));
    expect(source).toContainEqual(
      expect.stringMatching(/:4: "source.url" must be a web address .*got "javascript:alert\(1\)"/),
    );
    expect(source).toContainEqual(
      expect.stringMatching(
        /"disclaimer" must be the disclaimer's text, or false to show none, got true/,
      ),
    );
    expect(source).toContainEqual(
      expect.stringMatching(/"keywords" must list at least one keyword/),
    );
  });

  it("names the line of a YAML error and calls an empty file an error", () => {
    expect(messages).toContainEqual(
      expect.stringMatching(/bad-yaml\.md:\d+: the front matter is not valid YAML/),
    );
    expect(messages).toContainEqual(expect.stringMatching(/empty\.md:1: the file is empty/));
  });
});

describe("loadContent rules", () => {
  it("builds with defaults from a folder holding only articles", () => {
    const content = loadContent(contentFolder({ "articles/a.md": article(GOOD) }));
    expect(content.problems).toEqual([]);
    expect(content.settings.name).toBe("Translated News");
    expect(content.articles[0]?.disclaimer).toBe(
      DEFAULT_DISCLAIMER.replaceAll("{site}", "Translated News").replaceAll(
        "{outlet}",
        "Enab Baladi",
      ),
    );
  });

  it("derives the URL from the date in the site's zone and the file name, not the headline", () => {
    const root = contentFolder({
      "site.yaml": "timeZone: Asia/Damascus\n",
      "articles/2025/Raid in Marat.md": article(
        GOOD.replace("date: 2025-11-19", "date: 2025-11-30T22:30:00Z"),
      ),
    });
    expect(loadContent(root).articles[0]?.url).toBe("/2025/12/raid-in-marat/");
  });

  it("says a missing required field is missing, with an example line", () => {
    const content = loadContent(
      contentFolder({ "articles/a.md": article(GOOD.replace("translator: Lina Haddad\n", "")) }),
    );
    expect(content.problems.map(formatProblem)).toEqual([
      expect.stringMatching(
        /a\.md: "translator" is missing: add a line like {2}translator: Lina Haddad$/,
      ),
    ]);
  });

  it("refuses two files that would publish at the same address, naming both", () => {
    const content = loadContent(
      contentFolder({
        "articles/2025/a/raid.md": article(GOOD),
        "articles/2025/b/raid.md": article(GOOD),
      }),
    );
    const [problem] = content.problems;
    expect(content.problems).toHaveLength(1);
    expect(problem?.file).toMatch(/b\/raid\.md$/);
    expect(problem?.message).toMatch(/\/2025\/11\/raid\/.*a\/raid\.md/);
  });

  it("makes spellings of one keyword a single keyword with one spelling", () => {
    const content = loadContent(
      contentFolder({
        "articles/a.md": article(GOOD.replace("[Aleppo]", "[al-Sina’a Prison]")),
        "articles/b.md": article(GOOD.replace("[Aleppo]", "[al-Sina'a prison]")),
        "articles/c.md": article(GOOD.replace("[Aleppo]", "[Al-Sina’a Prison]")),
      }),
    );
    const keywords = content.articles.flatMap((a) => a.keywords);
    expect(new Set(keywords.map((k) => k.slug))).toEqual(new Set(["al-sinaa-prison"]));
    expect(new Set(keywords.map((k) => k.name)).size).toBe(1);
  });

  it("refuses different keywords whose addresses collide", () => {
    const content = loadContent(
      contentFolder({
        "articles/a.md": article(GOOD.replace("[Aleppo]", "[حلب]")),
        "articles/b.md": article(GOOD.replace("[Aleppo]", "[HLB]")),
      }),
    );
    expect(content.problems.map(formatProblem)).toContainEqual(
      expect.stringMatching(
        /keyword "(حلب|HLB)" would share the address \/hlb\/ with the keyword "(حلب|HLB)"/,
      ),
    );
  });

  it("checks site settings and names their line", () => {
    const content = loadContent(
      contentFolder({
        "site.yaml": "name: Site\ntimeZone: Mars/Olympus\n",
        "articles/a.md": article(GOOD),
      }),
    );
    expect(content.problems.map(formatProblem)).toEqual([
      expect.stringMatching(/site\.yaml:2: "timeZone" must be a time zone like "Asia\/Damascus"/),
    ]);
  });

  it("refuses an article with no text and a folder with no articles/", () => {
    expect(
      loadContent(contentFolder({ "articles/a.md": article(GOOD, "") })).problems[0]?.message,
    ).toMatch(/has no text/);
    expect(loadContent(contentFolder({ "site.yaml": "name: x\n" })).problems[0]?.message).toMatch(
      /has no articles\/ folder/,
    );
  });
});

import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { contentIsValid, loadContent } from "../../src/content/load.ts";
import { formatProblem } from "../../src/content/problems.ts";
import { DEFAULT_DISCLAIMER } from "../../src/settings.ts";
import { FIXTURES, writeContentFolder } from "../support/build.ts";

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
    const content = loadContent(writeContentFolder({ "articles/a.md": article(GOOD) }));
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
    const root = writeContentFolder({
      "site.yaml": "timeZone: Asia/Damascus\n",
      "articles/2025/Raid in Marat.md": article(
        GOOD.replace("date: 2025-11-19", "date: 2025-11-30T22:30:00Z"),
      ),
    });
    expect(loadContent(root).articles[0]?.url).toBe("/2025/12/raid-in-marat/");
  });

  it("says a missing required field is missing, with an example line", () => {
    const content = loadContent(
      writeContentFolder({
        "articles/a.md": article(GOOD.replace("translator: Lina Haddad\n", "")),
      }),
    );
    expect(content.problems.map(formatProblem)).toEqual([
      expect.stringMatching(
        /a\.md: "translator" is missing: add a line like {2}translator: Lina Haddad$/,
      ),
    ]);
  });

  it("refuses two files that would publish at the same address, naming both", () => {
    const content = loadContent(
      writeContentFolder({
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
      writeContentFolder({
        "articles/a.md": article(GOOD.replace("[Aleppo]", "[al-Sina’a Prison]")),
        "articles/b.md": article(GOOD.replace("[Aleppo]", "[al-Sina'a prison]")),
        "articles/c.md": article(GOOD.replace("[Aleppo]", "[Al-Sina’a Prison]")),
      }),
    );
    const keywords = content.articles.flatMap((a) => a.keywords);
    expect(new Set(keywords.map((k) => k.slug))).toEqual(new Set(["al-sinaa-prison"]));
    expect(new Set(keywords.map((k) => k.name))).toEqual(new Set(["al-Sina’a Prison"]));
    // …and warns, without failing, where another spelling is used.
    expect(contentIsValid(content)).toBe(true);
    expect(content.problems.map(formatProblem)).toEqual([
      expect.stringMatching(
        /b\.md:6: warning: "keywords\[0\]" is "al-Sina'a prison", but 1 other article writes this keyword "al-Sina’a Prison": use one spelling$/,
      ),
      expect.stringMatching(
        /c\.md:6: warning: "keywords\[0\]" is "Al-Sina’a Prison", but 1 other article/,
      ),
    ]);
  });

  it("refuses links to articles that do not exist and images without alt text", () => {
    const content = loadContent(
      writeContentFolder({
        "articles/2025/a.md": article(
          GOOD,
          "See [this](/2025/11/b/) and [that](/2025/11/nowhere/).\n\n![](x.jpg)",
        ),
        "articles/2025/b.md": article(GOOD),
      }),
    );
    expect(content.problems.map(formatProblem)).toEqual([
      expect.stringMatching(
        /a\.md:8: links to \/2025\/11\/nowhere\/, but no article is published there/,
      ),
      expect.stringMatching(/a\.md:10: an image has no description/),
    ]);
  });

  it("refuses different keywords whose addresses collide", () => {
    const content = loadContent(
      writeContentFolder({
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
      writeContentFolder({
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
      loadContent(writeContentFolder({ "articles/a.md": article(GOOD, "") })).problems[0]?.message,
    ).toMatch(/has no text/);
    expect(
      loadContent(writeContentFolder({ "site.yaml": "name: x\n" })).problems[0]?.message,
    ).toMatch(/has no articles\/ folder/);
  });
});

describe("loadContent on files no schema can catch", () => {
  const messagesOf = (files: Record<string, string | Buffer>) =>
    loadContent(writeContentFolder(files)).problems.map(formatProblem);

  it("names the line of bytes that are not UTF-8 (an article saved as Windows Arabic)", () => {
    const windowsArabic = Buffer.from([0xc7, 0xe1, 0xd1, 0xde, 0xc9]); // "الرقة" in windows-1256
    const text = Buffer.concat([
      Buffer.from(`---\n${GOOD}\n---\nFirst line.\n`),
      windowsArabic,
      Buffer.from("\n"),
    ]);
    expect(messagesOf({ "articles/a.md": text })).toEqual([
      expect.stringMatching(
        /a\.md:9: is not saved as UTF-8 text: open it in your editor and save it again choosing the UTF-8 encoding$/,
      ),
    ]);
  });

  it("refuses a 5 MB article without reading it into the site", () => {
    const huge = article(GOOD, "A very long paste. ".repeat(270_000));
    expect(Buffer.byteLength(huge)).toBeGreaterThan(5_000_000);
    expect(messagesOf({ "articles/huge.md": huge })).toEqual([
      expect.stringMatching(
        /huge\.md: is 5\.\d MB, more than the 1\.0 MB a file may have: split a very long text into parts/,
      ),
    ]);
  });

  it("refuses 500 keywords, and a keyword that is a sentence, naming the line", () => {
    const many = Array.from({ length: 500 }, (_, index) => `Keyword ${index}`).join(", ");
    const messages = messagesOf({
      "articles/many.md": article(GOOD.replace("[Aleppo]", `[${many}]`)),
      "articles/long.md": article(GOOD.replace("[Aleppo]", `[${"word ".repeat(30)}]`)),
    });
    expect(messages).toContainEqual(
      expect.stringMatching(
        /many\.md:6: "keywords" must list at most 20 keywords: keep the ones a reader would browse by, got a list of 500$/,
      ),
    );
    expect(messages).toContainEqual(
      expect.stringMatching(/long\.md:6: "keywords\[0\]" must be at most 80 characters/),
    );
  });

  it("refuses names that give no address, naming file, line and field", () => {
    const messages = messagesOf({
      "articles/a.md": article(GOOD.replace("[Aleppo]", "[Aleppo, 🔥]")),
      "articles/b.md": article(GOOD.replace("source: Enab Baladi", "source: שלום")),
    });
    expect(messages).toEqual([
      expect.stringMatching(
        /\/a\.md:6: "keywords\[1\]" the keyword "🔥" has no letters or digits an address can be made from: write it with Latin or Arabic letters$/,
      ),
      expect.stringMatching(
        /\/b\.md:4: "source" the outlet "שלום" has no letters or digits an address can be made from/,
      ),
    ]);
  });

  it("refuses two outlets whose addresses collide, naming both files and the line", () => {
    const messages = messagesOf({
      "articles/a.md": article(GOOD.replace("source: Enab Baladi", "source: عنب بلدي")),
      "articles/b.md": article(GOOD.replace("source: Enab Baladi", "source: ENB-BLDY")),
    });
    expect(messages).toEqual([
      expect.stringMatching(
        /[ab]\.md:4: "source" the outlet "(عنب بلدي|ENB-BLDY)" would share the address \/enb-bldy\/ with the outlet "(عنب بلدي|ENB-BLDY)" \(used in .*[ab]\.md\)/,
      ),
    ]);
  });

  it("reads a folder named like an article, a broken link and an empty articles folder as problems", () => {
    const root = writeContentFolder({ "articles/real.md": article(GOOD) });
    fs.mkdirSync(path.join(root, "articles", "folder.md"));
    fs.symlinkSync(path.join(root, "missing.md"), path.join(root, "articles", "broken.md"));
    const messages = loadContent(root).problems.map(formatProblem);
    expect(messages).toContainEqual(
      expect.stringMatching(/folder\.md: is a folder with a Markdown file's name/),
    );
    expect(messages).toContainEqual(
      expect.stringMatching(/broken\.md: could not be read \(ENOENT\): check that the file exists/),
    );
    const empty = writeContentFolder({ "articles/.gitkeep": "" });
    expect(loadContent(empty).problems.map(formatProblem)).toEqual([
      expect.stringMatching(/articles: has no articles yet: add one as a Markdown file/),
    ]);
  });

  it("refuses YAML that is not fields, and tags YAML would run", () => {
    expect(messagesOf({ "articles/a.md": "---\n- title\n- date\n---\nText\n" })).toEqual([
      expect.stringMatching(/a\.md:2: the front matter must be fields written as "name: value"/),
    ]);
    expect(messagesOf({ "articles/a.md": article(`${GOOD}\nsummary: !!js/function "x"`) })).toEqual(
      [expect.stringMatching(/a\.md:\d+: the front matter is not valid YAML \(unknown tag/)],
    );
  });

  it("answers a YAML alias bomb with problems, not with a billion values", () => {
    const levels = ["a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"];
    for (const [index, name] of [..."bcdefghi"].entries())
      levels.push(`${name}: &${name} [${Array(9).fill(`*${"abcdefghi"[index]}`).join(", ")}]`);
    const bomb = `${levels.join("\n")}\ntitle: x\ndate: 2025-11-19\nsource: *i\ntranslator: *i\nkeywords: *i`;
    const messages = messagesOf({ "articles/bomb.md": article(bomb) });
    expect(messages).toContainEqual(
      expect.stringMatching(/bomb\.md:\d+: "keywords\[0\]" must be a keyword/),
    );
    expect(messages).toContainEqual(expect.stringMatching(/bomb\.md:2: "a" is not a field/));
  });

  it("refuses a page that would take an address of the site's own, and a navigation link that runs code", () => {
    const messages = messagesOf({
      "site.yaml": "navigation:\n  - title: Home\n    url: javascript:alert(1)\n",
      "articles/a.md": article(GOOD),
      "pages/search.md": "---\ntitle: Search\n---\nText\n",
    });
    expect(messages).toContainEqual(
      expect.stringMatching(
        /site\.yaml:1: "navigation\[0\]\.url" must be an address starting with https:\/\/, http:\/\/ or mailto:, or one on this site such as "\/about\/", got "javascript:alert\(1\)"/,
      ),
    );
    expect(messages).toContainEqual(
      expect.stringMatching(/search\.md: the address \/search\/ is used by the site itself/),
    );
  });

  it("refuses two articles whose file names differ only in case", () => {
    const messages = messagesOf({
      "articles/Raid.md": article(GOOD),
      "articles/raid.md": article(GOOD),
    });
    expect(messages).toEqual([
      expect.stringMatching(
        /raid\.md: would be published at \/2025\/11\/raid\/, the same address as .*Raid\.md: rename one of the two files/,
      ),
    ]);
  });
});

describe("loadContent on Unicode text", () => {
  it("composes text (NFC) and turns control characters into spaces", () => {
    const [loaded] = loadContent(
      writeContentFolder({
        "articles/a.md": article(GOOD.replace("A headline", "Cafe\u0301 talks\u000Bresume")),
      }),
    ).articles;
    expect(loaded?.title).toBe("Caf\u00e9 talks resume");
  });

  it("makes Arabic spellings that differ in vowel marks, kashida or Persian letters one keyword", () => {
    const content = loadContent(
      writeContentFolder({
        "articles/a.md": article(GOOD.replace("[Aleppo]", "[سوريا]")),
        "articles/b.md": article(GOOD.replace("[Aleppo]", "[سوریا]")),
        "articles/c.md": article(GOOD.replace("[Aleppo]", "[سُوريا]")),
        "articles/d.md": article(GOOD.replace("[Aleppo]", "[سـوريا]")),
      }),
    );
    expect(content.problems.filter((problem) => problem.severity === "error")).toEqual([]);
    const keywords = content.articles.flatMap((a) => a.keywords);
    expect(new Set(keywords.map((k) => `${k.name} ${k.slug}`))).toEqual(new Set(["سوريا swrya"]));
  });
});

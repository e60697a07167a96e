// The fields a newsroom adds to an article (section, image, updated, corrections, draft) and the
// outlet list, as the loader checks them: every mistake names the file, the field and the fix.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadContent } from "../../src/content/load.ts";
import { formatProblem } from "../../src/content/problems.ts";
import { FIXTURES, writeContentFolder } from "../support/build.ts";

const article = (fields: string) => `---\n${fields.trim()}\n---\nBody text.\n`;
const GOOD =
  "title: A headline\ndate: 2025-11-19T14:30:00+03:00\nsource: Enab Baladi\ntranslator: Lina Haddad\nkeywords: [Aleppo]";
const PNG = Buffer.from(
  "89504e470d0a1a0a0000000d4948445200000001000000010806000000" +
    "1f15c4890000000d4944415478da63f8cfc0f01f0005000201ffa7fc6c0000000049454e44ae426082",
  "hex",
);

/** The errors in a content folder, formatted (warnings, such as an outlet missing from a broken list, left out). */
function problemsOf(files: Record<string, string | Uint8Array>): string[] {
  return loadContent(writeContentFolder(files))
    .problems.filter((problem) => problem.severity === "error")
    .map(formatProblem);
}

describe("the newsroom fields of an article", () => {
  it("reads section, picture, update, corrections and draft into the article", () => {
    const content = loadContent(path.join(FIXTURES, "newsroom"));
    const raid = content.articles.find((article) => article.slug === "raid-in-marat");
    expect(raid?.section).toEqual({ name: "News", slug: "news" });
    expect(raid?.image).toMatchObject({
      file: expect.stringMatching(/newsroom\/articles\/2025\/marat-street\.png$/),
      alt: "The main street of Marat at dusk",
      credit: "Illustration: Newsroom Fixture",
    });
    expect(raid?.updated?.iso).toBe("2025-11-20T10:15:00+03:00");
    expect(raid?.modified.iso).toBe("2025-11-20T10:15:00+03:00");
    expect(raid?.corrections.map((correction) => correction.date.iso)).toEqual(["2025-11-20"]);
    expect(content.articles.filter((article) => article.draft).map((a) => a.slug)).toEqual([
      "draft-story",
    ]);
    expect(content.problems.filter((problem) => problem.severity === "error")).toEqual([]);
  });

  it("takes the outlet list's spelling, description and website", () => {
    const content = loadContent(path.join(FIXTURES, "newsroom"));
    const raid = content.articles.find((article) => article.slug === "raid-in-marat");
    expect(raid?.source).toMatchObject({
      name: "Enab Baladi",
      slug: "enab-baladi",
      description: "Independent Syrian newspaper founded in Daraya in 2011",
      website: "https://www.enabbaladi.net/",
    });
  });

  it("names the picture file that does not exist, and the field", () => {
    const problems = problemsOf({
      "articles/2025/a.md": article(`${GOOD}\nimage:\n  file: market.jpg\n  alt: A market`),
    });
    expect(problems).toEqual([
      expect.stringMatching(
        /articles\/2025\/a\.md:7: "image\.file" names a picture that does not exist: there is no market\.jpg in .*articles\/2025\/\. Put the picture there or correct the name, got "market\.jpg"$/,
      ),
    ]);
  });

  it("asks for alt text, refuses other file types and pictures outside the content folder", () => {
    const problems = problemsOf({
      "articles/a.md": article(`${GOOD}\nimage:\n  file: a.png`),
      "articles/a.png": PNG,
      "articles/b.md": article(`${GOOD}\nimage:\n  file: notes.pdf\n  alt: Notes`),
      "articles/notes.pdf": "%PDF",
      "articles/c.md": article(`${GOOD}\nimage:\n  file: ../../elsewhere.png\n  alt: Away`),
      "articles/d.md": article(`${GOOD}\nimage: a.png`),
    });
    expect(problems).toEqual([
      expect.stringMatching(/a\.md:7: "image\.alt" is missing: add a line like {2}alt: /),
      expect.stringMatching(/b\.md:7: "image\.file" must be a JPEG, PNG, WebP, AVIF, GIF or TIFF/),
      expect.stringMatching(
        /c\.md:7: "image\.file" must be a picture inside the content folder, got "\.\.\/\.\.\/elsewhere\.png"/,
      ),
      expect.stringMatching(/d\.md:7: "image" must be details of the picture: an indented file:/),
    ]);
  });

  it("refuses an update or a correction dated before the article", () => {
    const problems = problemsOf({
      "articles/a.md": article(
        `${GOOD}\nupdated: 2025-11-18\ncorrections:\n  - date: 2025-11-19\n    note: Fine, same day.\n  - date: 2025-11-17T09:00:00+03:00\n    note: Too early.`,
      ),
    });
    expect(problems).toEqual(
      [
        'a.md:7: "updated" must not be before 2025-11-19T14:30:00+03:00, the article\'s date, got "2025-11-18"',
        'a.md:8: "corrections[1].date" must not be before 2025-11-19T14:30:00+03:00, the article\'s date, got "2025-11-17T09:00:00+03:00"',
      ].map((message) => expect.stringContaining(message)),
    );
  });

  it("explains corrections and drafts written the wrong way", () => {
    const problems = problemsOf({
      "articles/a.md": article(`${GOOD}\ncorrections: Fixed a name.\ndraft: "yes"`),
      "articles/b.md": article(`${GOOD}\ncorrections:\n  - date: 2025-11-20`),
    });
    expect(problems).toEqual([
      expect.stringMatching(
        /a\.md:7: "corrections" must be a list of corrections, each starting with "- date:"/,
      ),
      expect.stringMatching(/a\.md:8: "draft" must be true or false, got "yes"/),
      expect.stringMatching(/b\.md:7: "corrections\[0\]\.note" is missing/),
    ]);
  });

  it("makes spellings of one section a single section, like keywords", () => {
    const content = loadContent(
      writeContentFolder({
        "articles/a.md": article(`${GOOD}\nsection: Économie`),
        "articles/b.md": article(`${GOOD}\nsection: economie`),
        "articles/c.md": article(`${GOOD}\nsection: Économie`),
      }),
    );
    expect(content.articles.map((a) => a.section)).toEqual(
      Array(3).fill({ name: "Économie", slug: "economie" }),
    );
  });

  it("counts a change as an update only once it falls after publication", () => {
    const content = loadContent(
      writeContentFolder({
        "articles/same-day.md": article(`${GOOD}\nupdated: 2025-11-19`),
        "articles/next-day.md": article(`${GOOD}\nupdated: 2025-11-20`),
        "articles/corrected.md": article(
          `${GOOD}\nupdated: 2025-11-20\ncorrections:\n  - date: 2025-11-21T08:00:00Z\n    note: A later fix.`,
        ),
      }),
    );
    const modified = Object.fromEntries(
      content.articles.map((a) => [a.slug, [a.updated?.iso, a.modified.iso]]),
    );
    expect(modified).toEqual({
      "same-day": [undefined, "2025-11-19T14:30:00+03:00"],
      "next-day": ["2025-11-20", "2025-11-20"],
      corrected: ["2025-11-21T08:00:00Z", "2025-11-21T08:00:00Z"],
    });
  });
});

describe("the outlet list", () => {
  it("names the outlet and the field of every mistake", () => {
    const problems = problemsOf({
      "articles/a.md": article(GOOD),
      "outlets.yaml":
        "Enab Baladi:\n  description: Independent newspaper\n  webiste: https://www.enabbaladi.net/\nZaman al-Wasl:\n  website: javascript:alert(1)\nNorth Press: an agency\n",
    });
    expect(problems).toEqual([
      expect.stringMatching(
        /outlets\.yaml:1: "Enab Baladi\.webiste" is not a field; did you mean "Enab Baladi\.website"\?/,
      ),
      expect.stringMatching(/outlets\.yaml:4: "Zaman al-Wasl\.website" must be a web address/),
      expect.stringMatching(
        /outlets\.yaml:6: "North Press" must be followed by indented details \(aliases, slug, description, website, language\) or nothing/,
      ),
    ]);
  });

  it("points at the line of a YAML mistake", () => {
    const problems = problemsOf({
      "articles/a.md": article(GOOD),
      "outlets.yaml": 'Enab Baladi:\n  description: "unclosed\n',
    });
    expect(problems).toEqual([
      expect.stringMatching(/outlets\.yaml:\d: the outlet list is not valid YAML/),
    ]);
  });
});

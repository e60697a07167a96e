// The keyword and outlet lists: canonical names, aliases, readable addresses, and what authors
// are told when an article strays from the list.
import { describe, expect, it } from "vitest";
import { loadContent } from "../../src/content/load.ts";
import { formatProblem } from "../../src/content/problems.ts";
import { buildFixture, textOf, writeContentFolder } from "../support/build.ts";

const article = (keywords: string, source = "Enab Baladi") =>
  `---\ntitle: A headline\ndate: 2025-11-19\nsource: ${source}\ntranslator: Lina Haddad\nkeywords: [${keywords}]\n---\nBody.\n`;

const KEYWORDS = `Aleppo:
  description: Syria's second city.
  aliases: [Halab, حلب]
حمص:
  description: The city on the Orontes.
  slug: homs
al-Sina’a Prison:
  aliases: [Ghuwayran prison]
`;

describe("the keyword list", () => {
  const content = loadContent(
    writeContentFolder({
      "keywords.yaml": KEYWORDS,
      "articles/a.md": article("Aleppo, حمص"),
      "articles/b.md": article("حلب, Ghuwayran prison"),
      "articles/c.md": article("aleppo, Homs city, al-Sinaa prison"),
    }),
  );
  const keywordsOf = (slug: string) =>
    content.articles.find((a) => a.slug === slug)?.keywords.map((k) => `${k.name} /${k.slug}/`);

  it("folds listed aliases and loose spellings into the listed name, with the listed address", () => {
    expect(keywordsOf("a")).toEqual(["Aleppo /aleppo/", "حمص /homs/"]);
    expect(keywordsOf("b")).toEqual(["Aleppo /aleppo/", "al-Sina’a Prison /al-sinaa-prison/"]);
    expect(content.articles.find((a) => a.slug === "a")?.keywords[0]?.description).toBe(
      "Syria's second city.",
    );
  });

  it("warns, without failing, about loose spellings and keywords missing from the list", () => {
    const messages = content.problems.map(formatProblem);
    expect(content.problems.every((problem) => problem.severity === "warning")).toBe(true);
    expect(messages).toEqual([
      expect.stringMatching(
        /c\.md:6: warning: "keywords\[0\]" is "aleppo", but .*keywords\.yaml writes this keyword "Aleppo": use that spelling$/,
      ),
      expect.stringMatching(
        /c\.md:6: warning: "keywords\[1\]" "Homs city" is not in .*keywords\.yaml: add it there, or use a keyword from the list$/,
      ),
      expect.stringMatching(
        /c\.md:6: warning: "keywords\[2\]" is "al-Sinaa prison", but .*keywords\.yaml writes this keyword "al-Sina’a Prison"/,
      ),
    ]);
  });

  it("suggests the listed keyword an unlisted one was probably meant to be", () => {
    const loaded = loadContent(
      writeContentFolder({ "keywords.yaml": KEYWORDS, "articles/a.md": article("Alepo") }),
    );
    expect(loaded.problems.map(formatProblem)).toEqual([
      expect.stringMatching(
        /"Alepo" is not in .*keywords\.yaml: did you mean "Aleppo"\? If not, add it there/,
      ),
    ]);
  });

  it("refuses a list where one spelling means two keywords, or two keywords share an address", () => {
    const loaded = loadContent(
      writeContentFolder({
        "keywords.yaml":
          "Aleppo:\n  aliases: [Halab]\nHalab city:\n  aliases: [halab]\nIdlib:\n  slug: aleppo\nHama:\n  slug: Hama City\n  colour: red\n",
        "articles/a.md": article("Aleppo"),
      }),
    );
    expect(loaded.problems.filter((p) => p.severity === "error").map(formatProblem)).toEqual([
      expect.stringMatching(
        /keywords\.yaml:3: "Halab city" is already listed as "Aleppo" \(line 1\)/,
      ),
      expect.stringMatching(
        /keywords\.yaml:5: "Idlib" would share the address \/aleppo\/ with "Aleppo" \(line 1\)/,
      ),
      expect.stringMatching(
        /keywords\.yaml:7: "Hama\.colour" is not a field; the fields here are: aliases, slug, description/,
      ),
      expect.stringMatching(
        /keywords\.yaml:7: "Hama\.slug" must be lowercase Latin letters and digits joined by hyphens/,
      ),
    ]);
  });
});

describe("the outlet list", () => {
  it("gives an outlet's language to articles that do not name one", () => {
    const content = loadContent(
      writeContentFolder({
        "outlets.yaml": "Rudaw Kurdish:\n  language: ckb\n  aliases: [Rudaw]\n",
        "articles/a.md": article("Aleppo", "Rudaw"),
        "articles/b.md": article("Aleppo", "{name: Rudaw Kurdish, language: en}"),
      }),
    );
    const sources = content.articles.map((a) => [
      a.slug,
      a.source.name,
      a.source.language,
      a.source.direction,
    ]);
    expect(sources).toEqual([
      ["a", "Rudaw Kurdish", "ckb", "rtl"],
      ["b", "Rudaw Kurdish", "en", "ltr"],
    ]);
  });
});

describe("on the built site", () => {
  it("shows a keyword's description on its page and in its description meta", async () => {
    const site = await buildFixture("registries", {
      contentDir: writeContentFolder({
        "keywords.yaml": KEYWORDS,
        "articles/2025/a.md": article("Halab, حمص"),
      }),
    });
    const page = site.page("/keywords/aleppo/");
    expect(textOf(page.querySelector("h1"))).toBe("Aleppo");
    expect(textOf(page.querySelector(".listing__about"))).toBe("Syria's second city.");
    expect(page.querySelector('meta[name="description"]')?.getAttribute("content")).toBe(
      "Syria's second city.",
    );
    expect(site.exists("/keywords/homs/")).toBe(true);
    expect(
      [...site.page("/2025/11/a/").querySelectorAll(".keywords a")].map((a) =>
        a.getAttribute("href"),
      ),
    ).toEqual(["/keywords/aleppo/", "/keywords/homs/"]);
  }, 60_000);
});

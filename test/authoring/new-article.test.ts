import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import {
  ArticleExistsError,
  createArticle,
  fileSlugOf,
  type NewArticle,
} from "../../src/authoring/new-article.ts";
import { loadContent } from "../../src/content/load.ts";
import { defaultSettings } from "../../src/settings.ts";
import { PROJECT_ROOT, temporaryFolder } from "../support/build.ts";

const ARTICLE: NewArticle = {
  title: "Three killed: a night raid on Marat's edge",
  source: "Enab Baladi",
  translators: ["Lina Haddad", "Omar Khalil"],
  keywords: ["Aleppo", "al-Sina’a Prison"],
};
const settings = { ...defaultSettings, timeZone: "Asia/Damascus", url: "https://news.example/" };
// 23:30 UTC on 30 November is already 1 December in Damascus.
const NOW = DateTime.fromISO("2025-11-30T23:30:00Z");

describe("createArticle", () => {
  it("writes a file that passes validation, dated today in the site's time zone", async () => {
    const content = temporaryFolder("new");
    const created = await createArticle(content, ARTICLE, settings, NOW);
    expect(path.relative(content, created.file)).toBe(
      "articles/2025/three-killed-a-night-raid-on-marats-edge.md",
    );
    expect(created.url).toBe(
      "https://news.example/2025/12/three-killed-a-night-raid-on-marats-edge/",
    );
    const loaded = loadContent(content);
    expect(loaded.problems).toEqual([]);
    const [article] = loaded.articles;
    expect(article).toMatchObject({
      title: ARTICLE.title,
      date: { iso: "2025-12-01" },
      source: { name: "Enab Baladi" },
    });
    expect(article?.translators.map((person) => person.name)).toEqual(ARTICLE.translators);
    expect(article?.keywords.map((keyword) => keyword.name)).toEqual(ARTICLE.keywords);
  });

  it("lists every optional field as a commented example, in the contract's order", async () => {
    const created = await createArticle(temporaryFolder("new"), ARTICLE, settings, NOW);
    const text = fs.readFileSync(created.file, "utf8");
    const order = [
      "title:",
      "date:",
      "# summary:",
      "source:",
      "translator:",
      "# disclaimer:",
      "keywords:",
    ];
    const positions = order.map((needle) => text.indexOf(needle));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it("never overwrites an existing file", async () => {
    const content = temporaryFolder("new");
    const created = await createArticle(content, ARTICLE, settings, NOW);
    fs.writeFileSync(created.file, "the author's work");
    await expect(
      createArticle(content, { ...ARTICLE, keywords: ["Idlib"] }, settings, NOW),
    ).rejects.toThrow(ArticleExistsError);
    expect(fs.readFileSync(created.file, "utf8")).toBe("the author's work");
  });
});

describe("fileSlugOf", () => {
  it("cuts long headlines at a word", () => {
    const slug = fileSlugOf(
      "Residents of the eastern countryside of Aleppo describe a four-hour security operation",
    );
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(
      "residents-of-the-eastern-countryside-of-aleppo-describe-a-four-hour".startsWith(slug),
    ).toBe(true);
    expect(slug.endsWith("-")).toBe(false);
  });
});

describe("npm run new", () => {
  const run = (args: string[]) =>
    spawnSync(
      path.join(PROJECT_ROOT, "node_modules", ".bin", "tsx"),
      [path.join(PROJECT_ROOT, "scripts", "new.ts"), ...args],
      {
        encoding: "utf8",
        input: "",
      },
    );

  it("prints the new file and its future address", () => {
    const content = temporaryFolder("new-cli");
    const result = run([
      "--title",
      "Water cuts",
      "--source",
      "Enab Baladi",
      "--translator",
      "Lina Haddad",
      "--keywords",
      "Water, Raqqa",
      "--content",
      content,
    ]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Created .*articles\/\d{4}\/water-cuts\.md/);
    expect(result.stdout).toMatch(
      /published at http:\/\/localhost:8080\/\d{4}\/\d{2}\/water-cuts\//,
    );
  }, 20_000);

  it("fails clearly, naming the missing options, when not run in a terminal", () => {
    const result = run(["--title", "Water cuts", "--content", temporaryFolder("new-cli")]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^Missing --source, --translator, --keywords\./);
  }, 20_000);

  it("asks for what is missing when run in a terminal", async () => {
    const content = temporaryFolder("new-tty");
    const command = `${path.join(PROJECT_ROOT, "node_modules", ".bin", "tsx")} ${path.join(PROJECT_ROOT, "scripts", "new.ts")} --title "Bread prices" --content ${content}`;
    // util-linux `script` gives the command a real terminal; answer each question as it appears.
    const terminal = spawn("script", ["-qfec", command, "/dev/null"]);
    const answers: [RegExp, string][] = [
      [/Outlet it was translated from/, "Zaman al-Wasl"],
      [/Translator/, "Omar Khalil"],
      [/Keywords/, "Economy, Idlib"],
    ];
    let screen = "";
    terminal.stdout.on("data", (chunk: Buffer) => {
      screen += chunk.toString();
      const next = answers[0];
      if (next?.[0].test(screen)) {
        answers.shift();
        screen = "";
        terminal.stdin.write(`${next[1]}\r`);
      }
    });
    const code = await new Promise<number | null>((resolve) => terminal.on("close", resolve));
    expect(code).toBe(0);
    const loaded = loadContent(content);
    expect(loaded.problems).toEqual([]);
    expect(loaded.articles[0]?.source.name).toBe("Zaman al-Wasl");
    expect(loaded.articles[0]?.keywords.map((keyword) => keyword.name)).toEqual([
      "Economy",
      "Idlib",
    ]);
  }, 30_000);
});

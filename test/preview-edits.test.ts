// npm start while an author works: a saved article shows in the browser and in search, a new
// file gets its page, a deleted one loses it, and a file saved with an error leaves the last good
// version in place with the problem printed. Timings are in npm run bench:preview, not here.
import fs from "node:fs";
import path from "node:path";
import { parseHTML } from "linkedom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXTURES, temporaryFolder, textOf } from "./support/build.ts";
import { newSearchFragments, type RunningPreview, startPreview } from "./support/preview.ts";

const RAID = "/2025/11/raid-in-marat/";
let preview: RunningPreview;
let content: string;
let output: string;

beforeAll(async () => {
  const folder = temporaryFolder("preview-edits");
  content = path.join(folder, "content");
  output = path.join(folder, "_site");
  fs.cpSync(path.join(FIXTURES, "basic"), content, { recursive: true });
  preview = await startPreview(content, output);
  await preview.waitFor(/Search updated/);
}, 120_000);
afterAll(() => {
  preview?.stop();
});

const articleFile = (name: string) => path.join(content, "articles", "2025", name);

async function fetchPage(url: string): Promise<{ status: number; document: Document }> {
  const response = await fetch(new URL(url.slice(1), preview.root));
  return { status: response.status, document: parseHTML(await response.text()).document };
}

/** Polls a page until `shows` holds for it: the preview rebuilds after the save. */
async function pageWhen(
  url: string,
  shows: (page: { status: number; document: Document }) => boolean,
): Promise<{ status: number; document: Document }> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const page = await fetchPage(url);
    if (shows(page) || Date.now() > deadline) return page;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Saves (or deletes) a file and waits until the preview has rebuilt and re-indexed after it. */
async function save(file: string, text: string | undefined): Promise<void> {
  preview.clear();
  if (text === undefined) fs.rmSync(file);
  else fs.writeFileSync(file, text);
  await preview.waitFor(/Preview updated[^\n]*\n[\s\S]*Search updated/);
}

/** The text of every page in the search index. */
function searchTexts(): string[] {
  return newSearchFragments(output, new Set());
}

describe("the preview after a save", () => {
  it("shows an edited body on the article page, and search finds the new words", async () => {
    const file = articleFile("raid-in-marat.md");
    const original = fs.readFileSync(file, "utf8");
    await save(file, original.replace("after midnight", "after midnight (Quxberry corrected)"));
    const { document } = await fetchPage(RAID);
    expect(textOf(document.querySelector("main"))).toContain("Quxberry corrected");
    expect(searchTexts().filter((text) => text.includes("Quxberry"))).toHaveLength(1);
  }, 60_000);

  it("shows an edited headline on the article page", async () => {
    const file = articleFile("raid-in-marat.md");
    await save(
      file,
      fs
        .readFileSync(file, "utf8")
        .replace(
          "title: Three killed in a night raid on Marat",
          "title: Four killed in a night raid on Marat",
        ),
    );
    const { document } = await fetchPage(RAID);
    expect(textOf(document.querySelector("h1"))).toBe("Four killed in a night raid on Marat");
    expect(searchTexts().filter((text) => text.includes("Four killed"))).toHaveLength(1);
  }, 60_000);

  it("publishes a new article at its address, and search finds it", async () => {
    await save(
      articleFile("new-bakery.md"),
      [
        "---",
        "title: A new bakery opens in Marat",
        "date: 2025-11-20T09:00:00+03:00",
        "source: Enab Baladi",
        "translator: Lina Haddad",
        "keywords: [Aleppo]",
        "---",
        "The Zorblat bakery opened on Thursday.",
        "",
      ].join("\n"),
    );
    const { status, document } = await fetchPage("/2025/11/new-bakery/");
    expect(status).toBe(200);
    expect(textOf(document.querySelector("h1"))).toBe("A new bakery opens in Marat");
    expect(searchTexts().filter((text) => text.includes("Zorblat"))).toHaveLength(1);
  }, 60_000);

  it("takes a deleted article's page down, and search forgets it", async () => {
    await save(articleFile("new-bakery.md"), undefined);
    expect((await fetchPage("/2025/11/new-bakery/")).status).toBe(404);
    // Pagefind cannot drop one page: the index is made again from the remaining ones.
    expect(searchTexts().some((text) => text.includes("Zorblat"))).toBe(false);
    expect(searchTexts().some((text) => text.includes("Four killed"))).toBe(true);
  }, 60_000);

  it("keeps the last good version of a file saved with an error, and says what to fix", async () => {
    const file = articleFile("raid-in-marat.md");
    const good = fs.readFileSync(file, "utf8");
    preview.clear();
    fs.writeFileSync(
      file,
      good
        .replace("date: 2025-11-19T14:30:00+03:00", "date: 2025-13-45")
        .replace("after midnight", "after midnight (Blorft unsaved)"),
    );
    await preview.waitFor(/The preview shows the last version without errors/);
    expect(preview.output).toMatch(/raid-in-marat\.md:\d+: "date"/);
    expect(preview.output).not.toMatch(/\n\s+at /);
    const kept = await fetchPage(RAID);
    expect(kept.status).toBe(200);
    expect(textOf(kept.document.querySelector("main"))).not.toContain("Blorft");

    // Fixed: the page shows the new text.
    fs.writeFileSync(file, good.replace("after midnight", "after midnight (Blorft fixed)"));
    const fixed = await pageWhen(RAID, ({ document }) =>
      textOf(document.querySelector("main")).includes("Blorft fixed"),
    );
    expect(textOf(fixed.document.querySelector("main"))).toContain("Blorft fixed");
  }, 60_000);

  it("brings the lists up to date on the next whole build", async () => {
    const listed = async () =>
      [...(await fetchPage("/")).document.querySelectorAll(".teaser__headline a")].map(textOf);
    // The headline edited above: its page shows it at once, the front page after a whole build.
    expect(await listed()).toContain("Three killed in a night raid on Marat");
    const settings = path.join(content, "site.yaml");
    await save(settings, `${fs.readFileSync(settings, "utf8")}\n`);
    expect(await listed()).toContain("Four killed in a night raid on Marat");
    // Saves go on working after a whole build.
    const file = articleFile("raid-in-marat.md");
    await save(file, fs.readFileSync(file, "utf8").replace("after midnight", "after dawn"));
    expect(textOf((await fetchPage(RAID)).document.querySelector("main"))).toContain("after dawn");
  }, 60_000);

  it("shows an edited standalone page after the whole build it starts", async () => {
    const file = path.join(content, "pages", "about.md");
    await save(file, `${fs.readFileSync(file, "utf8")}\nWe also answer letters (Plimbo).\n`);
    const about = await pageWhen("/about/", ({ document }) =>
      textOf(document.querySelector("main")).includes("Plimbo"),
    );
    expect(textOf(about.document.querySelector("main"))).toContain("Plimbo");
  }, 60_000);
});

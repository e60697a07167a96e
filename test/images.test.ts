// Pictures: processed once into a cache keyed by their bytes, reused by later builds, and a file
// that is not a picture stops the build with a problem naming the article and its field.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildSite } from "../src/build.ts";
import { loadContent } from "../src/content/load.ts";
import { formatProblem } from "../src/content/problems.ts";
import { DEFAULT_CARD, preparePictures } from "../src/images.ts";
import { LiveContent } from "../src/live-content.ts";
import { FIXTURES, temporaryFolder, writeContentFolder } from "./support/build.ts";

/** Every file under a folder with its modification time. */
function filesWithTimes(folder: string): Map<string, number> {
  return new Map(
    (fs.readdirSync(folder, { recursive: true, encoding: "utf8" }) as string[])
      .filter((file) => fs.statSync(path.join(folder, file)).isFile())
      .map((file) => [file, fs.statSync(path.join(folder, file)).mtimeMs]),
  );
}

describe("preparePictures", () => {
  it("makes AVIF, WebP and the original's format at each width once, then reuses them", async () => {
    const cache = temporaryFolder("pictures");
    const articles = loadContent(path.join(FIXTURES, "newsroom")).articles.filter(
      (article) => article.slug === "raid-in-marat",
    );
    expect(articles[0]?.image).toBeDefined();

    const first = await preparePictures(articles, DEFAULT_CARD, cache);
    expect(first.problems).toEqual([]);
    const picture = first.pictures.get("/2025/11/raid-in-marat/");
    expect(picture?.sources.map((source) => source.type)).toEqual(["image/avif", "image/webp"]);
    expect(picture?.fallback).toMatchObject({ type: "image/png", width: 1200, height: 630 });
    expect(picture?.card).toMatchObject({ width: 1200, height: 630 });
    expect(first.card?.url).toMatch(/^\/img\/.+-1200\.png$/);
    const made = filesWithTimes(cache);
    // 3 widths × 3 formats for the picture, one card, and a manifest for each.
    expect([...made.keys()].filter((file) => !file.endsWith(".json"))).toHaveLength(10);

    // Another copy of the same picture (as in a later build, or another clone): found by its bytes.
    const copy = path.join(temporaryFolder("copy"), "marat.png");
    fs.copyFileSync(articles[0]?.image?.path ?? "", copy);
    const moved = articles.map((article) => ({
      ...article,
      image: article.image && { ...article.image, path: copy },
    }));
    const second = await preparePictures(moved, DEFAULT_CARD, cache);
    expect(second.pictures.get("/2025/11/raid-in-marat/")).toEqual(picture);
    expect(filesWithTimes(cache)).toEqual(made);
  }, 60_000);
});

describe("a lead picture that cannot be read", () => {
  it("stops the build naming the article, the line and the field, and publishes nothing", async () => {
    const content = writeContentFolder({
      "articles/2025/raid.md":
        "---\ntitle: A raid\ndate: 2025-11-19\nsource: Enab Baladi\ntranslator: Lina Haddad\nkeywords: [Aleppo]\nimage:\n  file: raid.jpg\n  alt: A street\n---\nText.\n",
      "articles/2025/raid.jpg": "this is a text file renamed to .jpg",
    });
    const output = path.join(temporaryFolder("broken-picture"), "_site");
    const result = await buildSite({
      contentDir: content,
      outputDir: output,
      imageCache: temporaryFolder("pictures"),
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map(formatProblem)).toEqual([
      expect.stringMatching(
        /articles\/2025\/raid\.md:7: "image\.file" could not be read as a picture \(.+\): open .*raid\.jpg in an image editor and save it again as JPEG or PNG$/,
      ),
    ]);
    expect(fs.existsSync(output)).toBe(false);
  }, 60_000);
});

describe("the site's card", () => {
  const ARTICLE =
    "---\ntitle: A raid\ndate: 2025-11-19\nsource: Enab Baladi\ntranslator: Lina Haddad\nkeywords: [Aleppo]\n---\nText.\n";

  it("is the picture the settings name, in place of the built-in one", async () => {
    const content = writeContentFolder({
      "site.yaml": "name: Site\nimage: images/card.png\n",
      "images/card.png": fs.readFileSync(
        path.join(FIXTURES, "newsroom", "articles", "2025", "marat-street.png"),
      ),
      "articles/raid.md": ARTICLE,
    });
    const live = new LiveContent(loadContent(content), { imageCache: temporaryFolder("cards") });
    expect(await live.preparePictures()).toEqual([]);
    const own = live.data.card;
    const builtIn = (await preparePictures([], DEFAULT_CARD, temporaryFolder("cards"))).card;
    expect(own).toMatchObject({ width: 1200, height: 630 });
    expect(own?.url).not.toBe(builtIn?.url);
  }, 60_000);

  it("must exist when the settings name it", () => {
    const content = writeContentFolder({
      "site.yaml": "name: Site\nimage: images/card.png\n",
      "articles/raid.md": ARTICLE,
    });
    expect(loadContent(content).problems.map(formatProblem)).toEqual([
      expect.stringMatching(
        /site\.yaml:2: "image" names a picture that does not exist: there is no card\.png in .*images\/\./,
      ),
    ]);
  });
});

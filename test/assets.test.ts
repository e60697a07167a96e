// The stylesheet and search script under hashed names: made again when one of their files
// changes (an imported module too), and only then — the preview asks for them on every save,
// and every build starts a process that asks for them.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { type AssetSources, buildAssets } from "../src/assets.ts";
import { temporaryFolder } from "./support/build.ts";

function sourcesIn(folder: string): AssetSources {
  fs.writeFileSync(path.join(folder, "site.css"), "body {\n  color: #111;\n}\n");
  fs.writeFileSync(path.join(folder, "words.ts"), 'export const greeting = "hello";\n');
  fs.writeFileSync(
    path.join(folder, "client.ts"),
    'import { greeting } from "./words.ts";\ndocument.title = greeting;\n',
  );
  return {
    stylesheet: path.join(folder, "site.css"),
    searchScript: path.join(folder, "client.ts"),
  };
}

/** Rewrites a file with a later modification time, as an editor's save does. */
function save(file: string, text: string, secondsLater: number): void {
  fs.writeFileSync(file, text);
  const later = new Date(Date.now() + secondsLater * 1000);
  fs.utimesSync(file, later, later);
}

describe("buildAssets", () => {
  it("names each asset by a hash of its minified content", () => {
    const assets = buildAssets(sourcesIn(temporaryFolder("assets")), temporaryFolder("kept"));
    expect(assets.css.text).toBe("body{color:#111}\n");
    expect(assets.css.url).toMatch(/^\/assets\/site\.[0-9a-f]{10}\.css$/);
    expect(assets.search.text).toContain('"hello"');
    expect(assets.search.url).toMatch(/^\/assets\/search\.[0-9a-f]{10}\.js$/);
  });

  it("is made again only after one of its files changed, imported modules included", () => {
    const folder = temporaryFolder("assets");
    const sources = sourcesIn(folder);
    const kept = temporaryFolder("kept");
    const build = () => buildAssets(sources, kept);
    const first = build();
    expect(build()).toBe(first);

    save(path.join(folder, "words.ts"), 'export const greeting = "salam";\n', 10);
    const changedImport = build();
    expect(changedImport.search.text).toContain('"salam"');
    expect(changedImport.search.url).not.toBe(first.search.url);
    expect(changedImport.css).toEqual(first.css);

    save(sources.stylesheet, "body {\n  color: #222;\n}\n", 20);
    const changedStyle = build();
    expect(changedStyle.css.text).toBe("body{color:#222}\n");
    expect(changedStyle.css.url).not.toBe(first.css.url);
    expect(build()).toBe(changedStyle);
  });

  it("is kept on disk for the next build, until one of its files changes", () => {
    const folder = temporaryFolder("assets");
    const sources = sourcesIn(folder);
    const kept = temporaryFolder("kept");
    const first = buildAssets(sources, kept);
    const [file] = fs.readdirSync(kept);
    expect(file).toMatch(/^assets-[0-9a-f]{12}\.json$/);

    // The next build is another process: it finds nothing in memory, only what is on disk. A
    // mark put into what is kept shows that it was read, not made again.
    const nextBuild = temporaryFolder("kept");
    const keptText = fs.readFileSync(path.join(kept, file as string), "utf8");
    fs.writeFileSync(path.join(nextBuild, file as string), keptText.replace("#111", "#abc"));
    expect(buildAssets(sources, nextBuild).css.text).toBe("body{color:#abc}\n");

    save(path.join(folder, "words.ts"), 'export const greeting = "salam";\n', 10);
    const afterEdit = buildAssets(sources, nextBuild);
    expect(afterEdit.css).toEqual(first.css);
    expect(afterEdit.search.text).toContain('"salam"');
  });

  it("is not kept for the next build when one of its files was saved while it was made", () => {
    const sources = sourcesIn(temporaryFolder("assets"));
    // Dated after the start of the making, as a save during it would be.
    save(sources.stylesheet, "body {\n  color: #222;\n}\n", 10);
    const kept = temporaryFolder("kept");
    expect(buildAssets(sources, kept).css.text).toBe("body{color:#222}\n");
    expect(fs.readdirSync(kept)).toEqual([]);
  });

  it("is made again when what was kept cannot be read", () => {
    const sources = sourcesIn(temporaryFolder("assets"));
    const kept = temporaryFolder("kept");
    buildAssets(sources, kept);
    const [file] = fs.readdirSync(kept);
    const nextBuild = temporaryFolder("kept");
    fs.writeFileSync(path.join(nextBuild, file as string), "{ half written");
    expect(buildAssets(sources, nextBuild).css.text).toBe("body{color:#111}\n");
  });
});

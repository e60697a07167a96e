// The stylesheet and search script under hashed names: made again when one of their files
// changes (an imported module too), and only then — the preview asks for them on every save.
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
    const assets = buildAssets(sourcesIn(temporaryFolder("assets")));
    expect(assets.css.text).toBe("body{color:#111}\n");
    expect(assets.css.url).toMatch(/^\/assets\/site\.[0-9a-f]{10}\.css$/);
    expect(assets.search.text).toContain('"hello"');
    expect(assets.search.url).toMatch(/^\/assets\/search\.[0-9a-f]{10}\.js$/);
  });

  it("is made again only after one of its files changed, imported modules included", () => {
    const folder = temporaryFolder("assets");
    const sources = sourcesIn(folder);
    const first = buildAssets(sources);
    expect(buildAssets(sources)).toBe(first);

    save(path.join(folder, "words.ts"), 'export const greeting = "salam";\n', 10);
    const changedImport = buildAssets(sources);
    expect(changedImport.search.text).toContain('"salam"');
    expect(changedImport.search.url).not.toBe(first.search.url);
    expect(changedImport.css).toEqual(first.css);

    save(sources.stylesheet, "body {\n  color: #222;\n}\n", 20);
    const changedStyle = buildAssets(sources);
    expect(changedStyle.css.text).toBe("body{color:#222}\n");
    expect(changedStyle.css.url).not.toBe(first.css.url);
    expect(buildAssets(sources)).toBe(changedStyle);
  });
});

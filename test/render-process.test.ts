import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { fileStamp } from "../src/file-stamp.ts";
import {
  type BundleManifest,
  markdownFilesUpTo,
  RENDERER_MANIFEST,
  rendererScript,
  unchangedBundle,
  youngGeneration,
} from "../src/render-process.ts";
import { temporaryFolder } from "./support/build.ts";

describe("the rendering process's bundle", () => {
  const bundleOf = () => {
    const folder = temporaryFolder("bundle");
    const sources = ["render.ts", "config.ts"].map((name) => path.join(folder, name));
    for (const source of sources) fs.writeFileSync(source, `export const name = "${source}";\n`);
    const script = path.join(folder, "renderer-1.mjs");
    fs.writeFileSync(script, "// bundled\n");
    const manifest = path.join(folder, "renderer.json");
    const stamps = sources.map((file) => ({ file, stamp: fileStamp(file) }));
    const entry = sources[0] as string;
    const made: BundleManifest = { entry, script, sources: stamps };
    fs.writeFileSync(manifest, JSON.stringify(made));
    return { entry, sources, script, manifest };
  };

  it("is used again while the files it was made from are as they were", async () => {
    const { entry, script, manifest } = bundleOf();
    expect(await unchangedBundle(manifest, entry)).toBe(script);
    expect(await unchangedBundle(manifest, entry)).toBe(script);
  });

  it("is not used for another checkout's sources, though they share node_modules", async () => {
    const { entry, manifest } = bundleOf();
    const otherCheckout = path.join(temporaryFolder("checkout"), "src", path.basename(entry));
    expect(await unchangedBundle(manifest, otherCheckout)).toBeUndefined();
  });

  it("is made again once a file it was made from is edited, even to the same size", async () => {
    const { entry, sources, manifest } = bundleOf();
    const source = sources[1] as string;
    const text = fs.readFileSync(source, "utf8");
    fs.writeFileSync(source, text.replace("export", "EXPORT"));
    const later = new Date(fs.statSync(source).mtimeMs + 2000);
    fs.utimesSync(source, later, later);
    expect(await unchangedBundle(manifest, entry)).toBeUndefined();
  });

  it("is made again when a file it was made from, or the bundle itself, is gone", async () => {
    const first = bundleOf();
    fs.rmSync(first.sources[0] as string);
    expect(await unchangedBundle(first.manifest, first.entry)).toBeUndefined();
    const second = bundleOf();
    fs.rmSync(second.script);
    expect(await unchangedBundle(second.manifest, second.entry)).toBeUndefined();
  });

  it("is made when there is no manifest, or one that cannot be read", async () => {
    const { entry, manifest } = bundleOf();
    const none = path.join(path.dirname(manifest), "none.json");
    expect(await unchangedBundle(none, entry)).toBeUndefined();
    fs.writeFileSync(manifest, "{ half a manifest");
    expect(await unchangedBundle(manifest, entry)).toBeUndefined();
  });

  it("counts as used when used again, so that no build removes it as an old one", async () => {
    const { entry, script, manifest } = bundleOf();
    const dayAgo = new Date(Date.now() - 86_400_000);
    fs.utimesSync(script, dayAgo, dayAgo);
    await unchangedBundle(manifest, entry);
    expect(Date.now() - fs.statSync(script).mtimeMs).toBeLessThan(60_000);
  });
});

describe("the rendering process's code", () => {
  const entry = path.resolve(import.meta.dirname, "../src/render-process.ts");

  it("is made once: the next build finds it unchanged", async () => {
    const script = await rendererScript();
    expect(await unchangedBundle(RENDERER_MANIFEST, entry)).toBe(script);
    const made = JSON.parse(fs.readFileSync(RENDERER_MANIFEST, "utf8")) as BundleManifest;
    expect(made.script).toBe(script);
    expect(made.sources.map(({ file }) => file)).toContain(path.resolve(entry, "../render.ts"));
  });
});

describe("the rendering process's young generation", () => {
  const contentWith = (files: string[]) => {
    const folder = temporaryFolder("young-generation");
    for (const file of files) {
      fs.mkdirSync(path.dirname(path.join(folder, file)), { recursive: true });
      fs.writeFileSync(path.join(folder, file), "---\ntitle: A\n---\n");
    }
    return folder;
  };

  it("counts the Markdown files in every folder but hidden ones, up to the limit", () => {
    const folder = contentWith([
      "articles/2024/a.md",
      "articles/2024/b.md",
      "articles/2025/nested/c.md",
      "articles/2025/notes.txt",
      "articles/.drafts/d.md",
      "pages/about.md",
    ]);
    expect(markdownFilesUpTo(folder, 100)).toBe(4);
    expect(markdownFilesUpTo(folder, 3)).toBe(3);
    expect(markdownFilesUpTo(path.join(folder, "missing"), 100)).toBe(0);
  });

  it("is larger from a large archive up, and V8's own below", () => {
    const folder = contentWith(["articles/2024/a.md", "articles/2025/b.md", "pages/about.md"]);
    expect(youngGeneration(folder, 3)).toEqual(["--max-semi-space-size=64"]);
    expect(youngGeneration(folder, 4)).toEqual([]);
    expect(youngGeneration(folder)).toEqual([]);
  });
});

// Our code bundled for plain Node and kept between runs (src/node-bundle.ts, src/build-cache.js),
// and the commands run from their bundles (scripts/run-bundled.mjs).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  type BundleManifest,
  CACHE_DIR,
  COMMAND_BUNDLE,
  fileStamp,
  manifestOf,
  unchangedBundle,
} from "../src/build-cache.js";
import { RENDERER_MANIFEST, rendererScript } from "../src/render-process.ts";
import { PROJECT_ROOT, temporaryFolder } from "./support/build.ts";

describe("a kept bundle", () => {
  const bundleOf = () => {
    const folder = temporaryFolder("bundle");
    const sources = ["render.ts", "config.ts"].map((name) => path.join(folder, name));
    for (const source of sources) fs.writeFileSync(source, `export const name = "${source}";\n`);
    const script = path.join(folder, "renderer-1", "stdin.mjs");
    fs.mkdirSync(path.dirname(script));
    fs.writeFileSync(script, "// bundled\n");
    const manifest = path.join(folder, "renderer.json");
    const stamps = sources.map((file) => ({ file, stamp: fileStamp(file) }));
    const entry = sources[0] as string;
    const made: BundleManifest = { entry, script, sources: stamps };
    fs.writeFileSync(manifest, JSON.stringify(made));
    return { entry, sources, script, manifest };
  };

  it("is used again while the files it was made from are as they were", () => {
    const { entry, script, manifest } = bundleOf();
    expect(unchangedBundle(manifest, entry)).toBe(script);
    expect(unchangedBundle(manifest, entry)).toBe(script);
  });

  it("is not used for another checkout's sources, though they share node_modules", () => {
    const { entry, manifest } = bundleOf();
    const otherCheckout = path.join(temporaryFolder("checkout"), "src", path.basename(entry));
    expect(unchangedBundle(manifest, otherCheckout)).toBeUndefined();
    expect(manifestOf("renderer", otherCheckout)).not.toBe(manifestOf("renderer", entry));
  });

  it("is made again once a file it was made from is edited, even to the same size", () => {
    const { entry, sources, manifest } = bundleOf();
    const source = sources[1] as string;
    const text = fs.readFileSync(source, "utf8");
    fs.writeFileSync(source, text.replace("export", "EXPORT"));
    const later = new Date(fs.statSync(source).mtimeMs + 2000);
    fs.utimesSync(source, later, later);
    expect(unchangedBundle(manifest, entry)).toBeUndefined();
  });

  it("is made again when a file it was made from, or the bundle itself, is gone", () => {
    const first = bundleOf();
    fs.rmSync(first.sources[0] as string);
    expect(unchangedBundle(first.manifest, first.entry)).toBeUndefined();
    const second = bundleOf();
    fs.rmSync(second.script);
    expect(unchangedBundle(second.manifest, second.entry)).toBeUndefined();
  });

  it("is made when there is no manifest, or one that cannot be read", () => {
    const { entry, manifest } = bundleOf();
    const none = path.join(path.dirname(manifest), "none.json");
    expect(unchangedBundle(none, entry)).toBeUndefined();
    fs.writeFileSync(manifest, "{ half a manifest");
    expect(unchangedBundle(manifest, entry)).toBeUndefined();
  });

  it("counts as used when used again, so that no run removes it as an old one", () => {
    const { entry, script, manifest } = bundleOf();
    const dayAgo = new Date(Date.now() - 86_400_000);
    fs.utimesSync(path.dirname(script), dayAgo, dayAgo);
    unchangedBundle(manifest, entry);
    expect(Date.now() - fs.statSync(path.dirname(script)).mtimeMs).toBeLessThan(60_000);
  });
});

describe("the rendering process's code", () => {
  const entry = path.resolve(import.meta.dirname, "../src/render-process.ts");

  it("is made once: the next build finds it unchanged", async () => {
    const script = await rendererScript();
    expect(unchangedBundle(RENDERER_MANIFEST, entry)).toBe(script);
    const made = JSON.parse(fs.readFileSync(RENDERER_MANIFEST, "utf8")) as BundleManifest;
    expect(made.script).toBe(script);
    expect(made.sources.map(({ file }) => file)).toContain(path.resolve(entry, "../render.ts"));
  });
});

describe("a command run from its bundle (scripts/run-bundled.mjs)", () => {
  const command = path.join(fs.realpathSync(temporaryFolder("command")), "hello.ts");
  const made = () => JSON.parse(fs.readFileSync(manifestOf(COMMAND_BUNDLE, command), "utf8"));
  const launcher = path.join(PROJECT_ROOT, "scripts", "run-bundled.mjs");
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [launcher, command, ...args], {
      cwd: PROJECT_ROOT,
      encoding: "utf8",
    });
  // What the tests leave in the project's cache.
  const bundles = new Set<string>();
  const manifests = new Set([manifestOf(COMMAND_BUNDLE, command)]);
  afterAll(() => {
    for (const file of [...bundles, ...manifests])
      fs.rmSync(file, { recursive: true, force: true });
  });

  it("is bundled on its first run, and gets its arguments as if Node had started it", () => {
    // TypeScript, which plain Node would refuse.
    fs.writeFileSync(
      command,
      'const words: string[] = process.argv.slice(2);\nconsole.log("hello", ...words);\n',
    );
    const first = run("--to", "the desk");
    expect(first.stderr).toBe("");
    expect(first.stdout).toBe("hello --to the desk\n");
    const { script, sources } = made() as BundleManifest;
    bundles.add(path.dirname(script));
    expect(sources.map(({ file }) => file)).toEqual([command]);
  });

  it("runs from that bundle while its sources are unchanged", () => {
    const { script } = made() as BundleManifest;
    // The bundle, not the source, answers: tsx is not even loaded.
    fs.writeFileSync(script, 'console.log("from the bundle", process.argv.slice(2).join(" "));\n');
    expect(run("again").stdout).toBe("from the bundle again\n");
  });

  it("runs through tsx when its bundle cannot be kept, saying why", () => {
    const unkept = path.join(path.dirname(command), "unkept.ts");
    fs.writeFileSync(unkept, 'const said: string = "ran";\nconsole.log(said);\n');
    // A folder where its manifest would go: the manifest cannot be written.
    fs.mkdirSync(manifestOf(COMMAND_BUNDLE, unkept));
    manifests.add(manifestOf(COMMAND_BUNDLE, unkept));
    const result = spawnSync(process.execPath, [launcher, unkept], {
      cwd: PROJECT_ROOT,
      encoding: "utf8",
    });
    expect(result.stdout).toBe("ran\n");
    // Nor is half a manifest left beside it.
    const manifest = path.basename(manifestOf(COMMAND_BUNDLE, unkept));
    expect(fs.readdirSync(CACHE_DIR).filter((name) => name.startsWith(`${manifest}.`))).toEqual([]);
    expect(result.stderr).toMatch(
      /^\(.*unkept\.ts runs through tsx: its bundle could not be made or kept: .+\)\n$/,
    );
  });

  it("is bundled again once a source changed", () => {
    fs.writeFileSync(command, 'console.log("edited");\n');
    const later = new Date(Date.now() + 2000);
    fs.utimesSync(command, later, later);
    expect(run().stdout).toBe("edited\n");
    bundles.add(path.dirname((made() as BundleManifest).script));
  });
});

describe("what npm run build needs", () => {
  it("is all in dependencies, so a production install (npm ci --omit=dev) can build", async () => {
    const esbuild = await import("esbuild");
    const built = await esbuild
      .build({
        entryPoints: ["scripts/run-bundled.mjs", "scripts/build.ts", "src/render-process.ts"].map(
          (file) => path.join(PROJECT_ROOT, file),
        ),
        bundle: true,
        splitting: true,
        format: "esm",
        platform: "node",
        packages: "external",
        outdir: "out",
        write: false,
        metafile: true,
        logLevel: "silent",
      })
      .finally(() => esbuild.stop());
    const packages = new Set(
      Object.values(built.metafile.outputs)
        .flatMap((output) => output.imports)
        .filter(({ external, path: name }) => external && !name.startsWith("node:"))
        .map(({ path: name }) =>
          name
            .split("/")
            .slice(0, name.startsWith("@") ? 2 : 1)
            .join("/"),
        ),
    );
    const manifest = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, "package.json"), "utf8"));
    expect([...packages].sort()).toContain("tsx");
    expect([...packages].filter((name) => !(name in manifest.dependencies))).toEqual([]);
  });
});

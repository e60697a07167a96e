// What a build leaves in the output folder: the new site whole or the previous one untouched,
// nothing of a deleted article, and the same bytes every time for the same content.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BuildOptionError, buildSite, normaliseBase } from "../src/build.ts";
import {
  FIXTURES,
  filesOf,
  PROJECT_ROOT,
  snapshotFolder,
  temporaryFolder,
} from "./support/build.ts";

/** A copy of a fixture site that a test may change. */
function copyOfFixture(name: string): string {
  const copy = path.join(temporaryFolder(`content-${name}`), name);
  fs.cpSync(path.join(FIXTURES, name), copy, { recursive: true });
  return copy;
}

async function build(contentDir: string, outputDir: string) {
  const result = await buildSite({ contentDir, outputDir });
  if (!result.ok) throw new Error(`did not build: ${JSON.stringify(result.problems)}`);
  return result;
}

/** What sits beside the output folder: only the output itself once a build is over. */
const besideOutput = (output: string) => fs.readdirSync(path.dirname(output)).sort();

/**
 * A build of 300 articles into `output`, started as npm run build starts it but without npm (one
 * process, so a kill reaches the build itself), once it has begun writing its pages.
 */
async function startLongBuild(output: string) {
  // Enough articles that rendering and indexing take a while.
  const content = copyOfFixture("basic");
  const body = fs.readFileSync(path.join(content, "articles/2025/school-year.md"), "utf8");
  for (let index = 0; index < 300; index++) {
    fs.writeFileSync(
      path.join(content, `articles/2025/copy-${index}.md`),
      body.replace(/^title: .*$/m, `title: Copy ${index}`),
    );
  }
  const child = spawn(
    process.execPath,
    ["scripts/run-bundled.mjs", "scripts/build.ts", "--content", content, "--output", output],
    { cwd: PROJECT_ROOT, stdio: "ignore" },
  );
  const staging = `${path.basename(output)}.building-${child.pid}`;
  const deadline = Date.now() + 60_000;
  while (!fs.existsSync(path.join(path.dirname(output), staging, "index.html"))) {
    if (Date.now() > deadline || child.exitCode !== null)
      throw new Error("the build never started writing its pages");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return { child, staging };
}

/** The id of a process that has ended, as a killed build leaves in its folder names. */
function endedProcessId(): number {
  const ended = spawnSync("true");
  return ended.pid as number;
}

describe("replacing the published site", () => {
  it("leaves no page of a deleted article: a rebuild equals a build into an empty folder", async () => {
    const content = copyOfFixture("basic");
    const output = path.join(temporaryFolder("rebuild"), "_site");
    await build(content, output);
    expect(fs.existsSync(path.join(output, "2025/10/water-cuts/index.html"))).toBe(true);

    fs.rmSync(path.join(content, "articles/2025/water-cuts.md"));
    const result = await build(content, output);
    expect(result.pagesIndexed).toBe(3);
    expect(fs.existsSync(path.join(output, "2025/10/water-cuts"))).toBe(false);
    const clean = path.join(temporaryFolder("clean"), "_site");
    await build(content, clean);
    expect(snapshotFolder(output)).toEqual(snapshotFolder(clean));
    expect(besideOutput(output)).toEqual(["_site"]);
  }, 60_000);

  it("leaves the published site byte for byte when the build is killed halfway, and cleans up after it", async () => {
    const output = path.join(temporaryFolder("killed"), "_site");
    await build(path.join(FIXTURES, "basic"), output);
    const before = snapshotFolder(output);

    const { child, staging } = await startLongBuild(output);
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGKILL");
    await exited;

    // Its lock too, which the next build takes over.
    expect(besideOutput(output)).toEqual(["_site", staging, "_site.lock"].sort());
    expect(snapshotFolder(output)).toEqual(before);
    await build(path.join(FIXTURES, "basic"), output);
    expect(besideOutput(output)).toEqual(["_site"]);
    expect(snapshotFolder(output)).toEqual(before);
  }, 120_000);

  it("publishes the build started last: a second build of the folder waits for the first", async () => {
    const output = path.join(temporaryFolder("turns"), "_site");
    const { child: first } = await startLongBuild(output);
    const firstEnded = new Promise((resolve) => first.once("exit", resolve));
    // A small site started meanwhile would be done first, and then be replaced by the older build.
    const waitedFor: number[] = [];
    const second = await buildSite({
      contentDir: path.join(FIXTURES, "basic"),
      outputDir: output,
      waiting: (holder) => waitedFor.push(holder),
    });
    expect(second.ok).toBe(true);
    expect(await firstEnded).toBe(0);

    const alone = path.join(temporaryFolder("turns-alone"), "_site");
    await build(path.join(FIXTURES, "basic"), alone);
    expect(snapshotFolder(output)).toEqual(snapshotFolder(alone));
    expect(waitedFor).toEqual([first.pid]);
    expect(besideOutput(output)).toEqual(["_site"]);
  }, 120_000);

  it("puts back a site a killed build had moved aside, even when the next build fails", async () => {
    const output = path.join(temporaryFolder("moved-aside"), "_site");
    await build(path.join(FIXTURES, "basic"), output);
    const before = snapshotFolder(output);
    const ended = endedProcessId();
    fs.renameSync(output, `${output}.previous-${ended}`);
    fs.mkdirSync(`${output}.building-${ended}`);
    fs.writeFileSync(`${output}.building-${ended}/index.html`, "half a site");

    const result = await buildSite({ contentDir: path.join(FIXTURES, "bad"), outputDir: output });
    expect(result.ok).toBe(false);
    expect(besideOutput(output)).toEqual(["_site"]);
    expect(snapshotFolder(output)).toEqual(before);
  }, 60_000);

  it("refuses an output folder that holds the content, a file, or a folder of other files", async () => {
    const root = temporaryFolder("guarded");
    const content = path.join(root, "site", "content");
    fs.cpSync(path.join(FIXTURES, "basic"), content, { recursive: true });
    const notes = path.join(root, "notes");
    fs.mkdirSync(notes);
    fs.writeFileSync(path.join(notes, "draft.txt"), "mine");
    fs.writeFileSync(path.join(root, "file"), "a file");
    const before = snapshotFolder(root);

    for (const [outputDir, message] of [
      [path.join(root, "site"), /holds the content or the working folder/],
      [content, /holds the content or the working folder/],
      [path.join(root, "file"), /is a file, not a folder/],
      [notes, /holds files that are not a built site \(it has no index\.html\)/],
    ] as const) {
      const attempt = buildSite({ contentDir: content, outputDir });
      await expect(attempt).rejects.toBeInstanceOf(BuildOptionError);
      await expect(attempt).rejects.toThrow(message);
    }
    expect(snapshotFolder(root)).toEqual(before);
  });
});

describe("the base path", () => {
  it("reads /news, news/ and /news/ alike, and refuses anything that is not a path", async () => {
    for (const base of ["/news", "news/", " /news/ "]) expect(normaliseBase(base)).toBe("/news/");
    expect(normaliseBase("/")).toBe("/");
    expect(normaliseBase("/en/news/")).toBe("/en/news/");
    const output = path.join(temporaryFolder("base"), "_site");
    for (const base of ['/news"><script>alert(1)</script>/', "/news?x=1", "/a b/", "https://x/"]) {
      await expect(
        buildSite({ contentDir: path.join(FIXTURES, "basic"), outputDir: output, base }),
      ).rejects.toThrow(/--base must be the path the site is served under, such as \/news\//);
    }
    expect(fs.existsSync(output)).toBe(false);
  });
});

describe("deterministic builds", () => {
  it("gives the same bytes for the same content, whatever the folders and file times", async () => {
    const first = path.join(temporaryFolder("same-a"), "_site");
    await build(path.join(FIXTURES, "basic"), first);

    const content = copyOfFixture("basic");
    const longAgo = new Date("2001-02-03T04:05:06Z");
    for (const file of filesOf(content)) fs.utimesSync(path.join(content, file), longAgo, longAgo);
    const second = path.join(temporaryFolder("same-b"), "elsewhere");
    await build(content, second);

    const a = snapshotFolder(first);
    expect(a.size).toBeGreaterThan(20);
    expect(snapshotFolder(second)).toEqual(a);
    // Nothing of the day it was built: no build date or time in any page.
    const today = new Date().toISOString().slice(0, 10);
    for (const file of filesOf(first).filter((name) => /\.(html|css|js|json|xml)$/.test(name)))
      expect(fs.readFileSync(path.join(first, file), "utf8"), file).not.toContain(today);
  }, 60_000);

  it("lists articles of the same date in address order, however the files were written", async () => {
    const names = ["delta", "alpha", "echo", "charlie", "bravo"];
    const outputs: string[] = [];
    for (const order of [names, [...names].reverse()]) {
      const content = temporaryFolder("same-date");
      fs.mkdirSync(path.join(content, "articles"));
      for (const name of order) {
        fs.writeFileSync(
          path.join(content, "articles", `${name}.md`),
          `---\ntitle: Report ${name}\ndate: 2025-11-19\nsource: Enab Baladi\ntranslator: Lina Haddad\nkeywords: [Aleppo]\n---\nText of ${name}.\n`,
        );
      }
      const output = path.join(temporaryFolder("same-date-site"), "_site");
      const result = await build(content, output);
      expect(result.content.articles.map((article) => article.slug)).toEqual([...names].sort());
      outputs.push(output);
    }
    const [a, b] = outputs.map(snapshotFolder);
    expect(b).toEqual(a);
  }, 60_000);
});

// npm run bench [-- --articles 10000 --runs 1 --corpus DIR --work DIR --query water --no-search]
// What a full build costs at archive scale, next to the floor measured in the same run on the
// same files: bare Eleventy rendering every article with one minimal layout, then the Pagefind
// CLI on its output. Prints wall time, CPU time, peak memory of each process tree, pages and
// output size, the time of `check`, and the bytes on the wire of a reader's first search.
// See docs/performance.md for the figures on our machine and how to read them.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { runCommand } from "../src/cli.ts";
import { DEFAULT_SEED, writeCorpus } from "../src/corpus/generate.ts";
import { commandBundle } from "../src/node-bundle.ts";
import { launchBrowser } from "../test/support/browser.ts";
import { serveFolder } from "../test/support/static-server.ts";
import { grouped, ourSearchPage, PAGE, precompress } from "./bench/first-search.ts";
import { parallelThroughput } from "./bench/parallelism.ts";
import { loadAverage, type Measured, measureCommand } from "./bench/process-tree.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const PAGEFIND = path.join(
  ROOT,
  "node_modules",
  "@pagefind",
  "linux-x64",
  "bin",
  "pagefind_extended",
);
const RATIO_GOAL = 1.15;
const MEMORY_GOAL = 1.1;

/**
 * A TypeScript script of ours in its own Node process, as `npm run build` starts the build: plain
 * Node, from its bundle. The floor's Eleventy starts the same way, as bare Eleventy would.
 */
function runScript(script: string, args: string[], echo = false): Promise<Measured> {
  const start = path.join(ROOT, "scripts", "run-bundled.mjs");
  return measureCommand(process.execPath, [start, path.join(ROOT, script), ...args], {
    cwd: ROOT,
    echo,
  });
}

function mustSucceed(name: string, run: Measured): Measured {
  if (run.code !== 0) throw new Error(`${name} failed (exit ${run.code}):\n${run.stderr}`);
  return run;
}

/** Files and bytes under a folder. */
function sizeOf(folder: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const entry of fs.readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files++;
    bytes += fs.statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return { files, bytes };
}

const load = () =>
  loadAverage()
    .map((value) => value.toFixed(2))
    .join(" ");
const seconds = (value: number) => `${value.toFixed(1)} s`;
const megabytes = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MB`;
const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

interface BuildMeasured extends Measured {
  /** The build's own account of its steps, from its last line. */
  pagesStep: number;
  searchStep: number;
}

interface Run {
  floorEleventy: Measured;
  floorPagefind: Measured;
  build: BuildMeasured;
  floor: { seconds: number; cpu: number; peak: number };
}

/** `npm run build` of the corpus, as an author runs it. */
async function measureBuild(corpus: string, output: string): Promise<BuildMeasured> {
  settleDisk();
  const build = mustSucceed(
    "the build",
    await runScript("scripts/build.ts", ["--content", corpus, "--output", output]),
  );
  const steps = /pages ([\d.]+) s, search index ([\d.]+) s/.exec(build.stdout);
  return { ...build, pagesStep: Number(steps?.[1]), searchStep: Number(steps?.[2]) };
}

/**
 * Writes what earlier steps left in memory to disk before a measurement starts, so that the
 * floor and the build each pay for their own writes only.
 */
function settleDisk(): void {
  spawnSync("sync");
}

function row(name: string, wall: number, cpu: number, peak: number, extra = ""): string {
  return `  ${name.padEnd(26)}${seconds(wall).padStart(9)}${seconds(cpu).padStart(9)}${megabytes(peak).padStart(10)}${extra ? `   ${extra}` : ""}`;
}

await runCommand(async () => {
  const { values } = parseArgs({
    options: {
      articles: { type: "string", default: "2000" },
      runs: { type: "string", default: "1" },
      corpus: { type: "string" },
      work: { type: "string" },
      seed: { type: "string", default: DEFAULT_SEED },
      query: { type: "string", default: "water" },
      "no-search": { type: "boolean", default: false },
      keep: { type: "boolean", default: false },
      debug: { type: "boolean", default: false },
    },
  });
  const articles = Number(values.articles);
  const runs = Number(values.runs);
  if (!Number.isInteger(articles) || articles < 1 || !Number.isInteger(runs) || runs < 1) {
    console.error("Usage: npm run bench -- --articles N [--runs R] [--corpus DIR] [--work DIR]");
    return 1;
  }
  const work = values.work
    ? path.resolve(values.work)
    : fs.mkdtempSync(path.join(os.tmpdir(), "bench-"));
  fs.mkdirSync(work, { recursive: true });
  const corpus = values.corpus ? path.resolve(values.corpus) : path.join(work, "corpus");
  // Each run writes into folders of its own, removed only at the end: deleting a few hundred
  // megabytes slows this machine's disk for minutes, and would land in the next measurement.
  const floorOutput = (run: number) => path.join(work, `floor-${run}`);
  const buildOutput = (run: number) => path.join(work, `site-${run}`);
  for (let run = 1; run <= runs; run++) {
    fs.rmSync(floorOutput(run), { recursive: true, force: true });
    fs.rmSync(buildOutput(run), { recursive: true, force: true });
  }

  console.log(
    `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${megabytes(os.totalmem())} memory, Node ${process.version}, load average ${load()}`,
  );
  const cores = os.availableParallelism();
  if (cores > 1) {
    // Pagefind and the rendering overlap: what that can gain depends on this.
    const throughput = await parallelThroughput(cores);
    console.log(
      `All ${cores} cores busy do ${throughput.toFixed(2)} times the work of one (scripts/bench/parallelism.ts).`,
    );
  }
  if (!values.corpus) {
    const started = performance.now();
    writeCorpus(corpus, { articles, seed: values.seed });
    console.log(
      `Generated ${articles} articles (seed ${JSON.stringify(values.seed)}) into ${corpus} in ${seconds((performance.now() - started) / 1000)}.`,
    );
  }

  console.log(
    `\n${"".padEnd(28)}${"wall".padStart(9)}${"CPU".padStart(9)}${"peak RSS".padStart(10)}`,
  );
  // Bundled before any measurement: a first run after an edit would bundle inside it.
  for (const script of ["scripts/check.ts", "scripts/bench/floor-eleventy.ts", "scripts/build.ts"])
    await commandBundle(path.join(ROOT, script));
  const check = mustSucceed("check", await runScript("scripts/check.ts", ["--content", corpus]));
  console.log(row("check", check.seconds, check.cpuSeconds, check.peakRss), `(load ${load()})`);

  const all: Run[] = [];
  for (let run = 1; run <= runs; run++) {
    // Floor first in odd runs, build first in even ones: the machine's drift within a run
    // favours neither.
    const buildFirst = run % 2 === 0;
    if (runs > 1) console.log(`Run ${run} of ${runs}${buildFirst ? " (build first)" : ""}`);
    let build: BuildMeasured | undefined;
    if (buildFirst) build = await measureBuild(corpus, buildOutput(run));
    settleDisk();
    const floorEleventy = mustSucceed(
      "the floor's Eleventy",
      await runScript("scripts/bench/floor-eleventy.ts", [corpus, floorOutput(run)]),
    );
    const floorPagefind = mustSucceed(
      "the floor's Pagefind",
      await measureCommand(PAGEFIND, ["--site", floorOutput(run)]),
    );
    const floor = {
      seconds: floorEleventy.seconds + floorPagefind.seconds,
      cpu: floorEleventy.cpuSeconds + floorPagefind.cpuSeconds,
      peak: Math.max(floorEleventy.peakRss, floorPagefind.peakRss),
    };
    const floorSize = sizeOf(floorOutput(run));
    console.log(
      row(
        "floor: bare Eleventy",
        floorEleventy.seconds,
        floorEleventy.cpuSeconds,
        floorEleventy.peakRss,
      ),
    );
    console.log(
      row(
        "floor: Pagefind CLI",
        floorPagefind.seconds,
        floorPagefind.cpuSeconds,
        floorPagefind.peakRss,
      ),
    );
    console.log(
      row(
        "floor",
        floor.seconds,
        floor.cpu,
        floor.peak,
        `${floorSize.files} files, ${megabytes(floorSize.bytes)}`,
      ),
      `(load ${load()})`,
    );

    build ??= await measureBuild(corpus, buildOutput(run));
    const { pagesStep, searchStep } = build;
    const buildSize = sizeOf(buildOutput(run));
    console.log(
      row(
        "build",
        build.seconds,
        build.cpuSeconds,
        build.peakRss,
        `${buildSize.files} files, ${megabytes(buildSize.bytes)}`,
      ),
      `(load ${load()})`,
    );
    console.log(
      `  ${"".padEnd(26)}of which pages ${seconds(pagesStep)}, search index ${seconds(searchStep)}`,
    );
    console.log(
      `  build ÷ floor: ${(build.seconds / floor.seconds).toFixed(2)} wall (goal ≤ ${RATIO_GOAL}), ${(build.cpuSeconds / floor.cpu).toFixed(2)} CPU, ${(build.peakRss / floor.peak).toFixed(2)} peak memory (goal ≤ ${MEMORY_GOAL})`,
    );
    all.push({ floorEleventy, floorPagefind, build, floor });
  }
  if (runs > 1) {
    const ratio = median(all.map((run) => run.build.seconds / run.floor.seconds));
    const memory = median(all.map((run) => run.build.peakRss / run.floor.peak));
    console.log(
      `\nMedian of ${runs} runs: build ${seconds(median(all.map((run) => run.build.seconds)))}, floor ${seconds(median(all.map((run) => run.floor.seconds)))}, build ÷ floor ${ratio.toFixed(2)} wall, ${memory.toFixed(2)} peak memory`,
    );
  }

  if (!values["no-search"]) {
    precompress(buildOutput(runs));
    const server = await serveFolder(buildOutput(runs), "/", { gzip: true });
    const browser = await launchBrowser();
    try {
      const search = await ourSearchPage(browser, server.url, values.query);
      const byGroup = grouped(search.transfers);
      const total = [...byGroup]
        .filter(([group]) => group !== PAGE)
        .reduce((sum, [, bytes]) => sum + bytes, 0);
      console.log(
        `\nFirst search for “${values.query}” in Chromium (gzip): ${kilobytes(total)} on the wire for search, ${kilobytes(byGroup.get(PAGE) ?? 0)} for the page itself; ${search.status.trim()}`,
      );
      for (const [group, bytes] of byGroup)
        console.log(`  ${group.padEnd(44)} ${kilobytes(bytes).padStart(10)}`);
    } finally {
      await browser.close();
      await server.close();
    }
  }
  console.log(`\nLoad average at the end: ${load()}`);
  if (!values.keep && !values.work) fs.rmSync(work, { recursive: true, force: true });
  return 0;
});

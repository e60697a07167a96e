// npm run bench:search [-- --articles 10000 --corpus DIR --query water --query Qardaha]
// Prints the bytes on the wire of a reader's first search: the sample site and a generated
// corpus, each with our search page and with Pagefind's Component UI, measured from Chromium's
// network events (headers plus the body as sent, gzip where a static host would use it).
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import zlib from "node:zlib";
import type { Browser, Page } from "playwright-core";
import { buildSite } from "../src/build.ts";
import { runCommand } from "../src/cli.ts";
import { writeCorpus } from "../src/corpus/generate.ts";
import { launchBrowser } from "../test/support/browser.ts";
import { serveFolder } from "../test/support/static-server.ts";

interface Transfer {
  url: string;
  bytes: number;
}

const GROUPS: [string, RegExp][] = [
  ["search script (ours)", /\/assets\/search\.[^/]+\.js$/],
  ["Component UI script and styles", /pagefind-component-ui\.(js|css)$/],
  [
    "Pagefind library (JS, worker, WebAssembly)",
    /pagefind(-worker)?\.js$|\.pagefind$|pagefind-entry\.json$/,
  ],
  ["index: metadata, word chunks, filters", /\.pf_(meta|index|filter)$/],
  ["results: one fragment per result shown", /\.pf_fragment$/],
];
const PAGE = "the page itself (HTML, stylesheet)";

/** Writes file.gz beside every text file, as a static host compresses what it sends. */
function precompress(folder: string): void {
  for (const entry of fs.readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.(html|css|js|json|svg)$/.test(entry.name)) continue;
    const file = path.join(entry.parentPath, entry.name);
    fs.writeFileSync(`${file}.gz`, zlib.gzipSync(fs.readFileSync(file)));
  }
}

/** Every response a page receives until the network has been quiet for a moment. */
async function recordTransfers(page: Page, act: () => Promise<void>): Promise<Transfer[]> {
  const transfers: Promise<Transfer>[] = [];
  let inFlight = 0;
  let lastActivity = Date.now();
  page.on("request", () => {
    inFlight++;
    lastActivity = Date.now();
  });
  const settle = () => {
    inFlight--;
    lastActivity = Date.now();
  };
  page.on("requestfailed", settle);
  page.on("requestfinished", (request) => {
    settle();
    transfers.push(
      request.sizes().then((sizes) => ({
        url: request.url(),
        bytes: sizes.responseHeadersSize + sizes.responseBodySize,
      })),
    );
  });
  await act();
  while (inFlight > 0 || Date.now() - lastActivity < 750) await page.waitForTimeout(100);
  return Promise.all(transfers);
}

function grouped(transfers: Transfer[]): Map<string, number> {
  const totals = new Map<string, number>([
    [PAGE, 0],
    ...GROUPS.map(([name]) => [name, 0] as [string, number]),
  ]);
  for (const transfer of transfers) {
    const pathname = new URL(transfer.url).pathname;
    const group = GROUPS.find(([, pattern]) => pattern.test(pathname))?.[0] ?? PAGE;
    totals.set(group, (totals.get(group) ?? 0) + transfer.bytes);
  }
  return totals;
}

async function ourSearchPage(browser: Browser, siteUrl: string, query: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const transfers = await recordTransfers(page, async () => {
    await page.goto(`${siteUrl}search/?q=${encodeURIComponent(query)}`);
    await page
      .locator("[data-search-status]")
      .filter({ hasText: /match/ })
      .waitFor({ timeout: 120_000 });
  });
  const status = (await page.locator("[data-search-status]").textContent()) ?? "";
  // Then the reader opens the filters: their counts load.
  const filters = await recordTransfers(page, async () => {
    await page.locator("[data-search-filters] summary").click();
    // Options to choose, or the word that none apply to these results.
    await page
      .locator("[data-filter]:not([hidden]), [data-search-no-filters]:not([hidden])")
      .first()
      .waitFor({ timeout: 120_000 });
  });
  await context.close();
  return { transfers, status, filters };
}

async function componentUi(browser: Browser, siteUrl: string, query: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const transfers = await recordTransfers(page, async () => {
    await page.goto(`${siteUrl}bench-component-ui/`);
    await page.locator("pagefind-input input").fill(query);
    await page
      .locator("pagefind-summary")
      .filter({ hasText: /result/ })
      .waitFor({ timeout: 120_000 });
  });
  const status = (await page.locator("pagefind-summary").textContent()) ?? "";
  await context.close();
  return { transfers, status };
}

/** A search page made of Pagefind's Component UI building blocks, for comparison. */
function addComponentUiPage(output: string, base: string): void {
  const folder = path.join(output, "bench-component-ui");
  fs.mkdirSync(folder, { recursive: true });
  fs.writeFileSync(
    path.join(folder, "index.html"),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Component UI</title>
<link rel="stylesheet" href="${base}pagefind/pagefind-component-ui.css">
<script type="module" src="${base}pagefind/pagefind-component-ui.js"></script></head><body>
<pagefind-config bundle-path="${base}pagefind/" base-url="${base}"></pagefind-config>
<pagefind-input></pagefind-input><pagefind-summary></pagefind-summary>
<pagefind-filter-pane></pagefind-filter-pane><pagefind-results></pagefind-results>
</body></html>\n`,
  );
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

await runCommand(async () => {
  const { values } = parseArgs({
    options: {
      articles: { type: "string", default: "10000" },
      corpus: { type: "string" },
      // A word in most articles, and a name in few.
      query: { type: "string", multiple: true, default: ["water", "Qardaha"] },
      debug: { type: "boolean", default: false },
    },
  });
  const work = fs.mkdtempSync(path.join(process.env.TMPDIR ?? "/tmp", "bench-search-"));
  const sites: { name: string; content: string }[] = [
    { name: "sample site (content/)", content: "content" },
  ];
  const articles = Number(values.articles);
  let corpus = values.corpus;
  if (!corpus) {
    corpus = path.join(work, "corpus");
    console.log(`Generating ${articles} articles…`);
    writeCorpus(corpus, { articles });
  }
  sites.push({ name: `generated corpus (${corpus})`, content: corpus });

  const browser = await launchBrowser();
  try {
    for (const site of sites) {
      const output = path.join(work, `site-${sites.indexOf(site)}`);
      console.log(`Building ${site.name}…`);
      const built = await buildSite({ contentDir: site.content, outputDir: output });
      if (!built.ok) throw new Error(`${site.content} has problems: run npm run check`);
      addComponentUiPage(output, "/");
      precompress(output);
      const server = await serveFolder(output, "/", { gzip: true });
      try {
        for (const query of values.query) {
          const ours = await ourSearchPage(browser, server.url, query);
          const theirs = await componentUi(browser, server.url, query);
          const oursByGroup = grouped(ours.transfers);
          const theirsByGroup = grouped(theirs.transfers);
          console.log(
            `\n${site.name}: ${built.pagesIndexed} articles indexed; first search for “${query}”`,
          );
          console.log(
            `  our page: ${ours.status.trim()}  |  Component UI: ${theirs.status.trim()}`,
          );
          console.log(
            `  ${"".padEnd(44)} ${"our page".padStart(10)} ${"Component UI".padStart(13)}`,
          );
          for (const [group, bytes] of oursByGroup) {
            console.log(
              `  ${group.padEnd(44)} ${kb(bytes).padStart(10)} ${kb(theirsByGroup.get(group) ?? 0).padStart(13)}`,
            );
          }
          const search = (totals: Map<string, number>) =>
            [...totals]
              .filter(([group]) => group !== PAGE)
              .reduce((sum, [, bytes]) => sum + bytes, 0);
          console.log(
            `  ${"search total (all but the page itself)".padEnd(44)} ${kb(search(oursByGroup)).padStart(10)} ${kb(search(theirsByGroup)).padStart(13)}`,
          );
          console.log(
            `  ${"requests".padEnd(44)} ${String(ours.transfers.length).padStart(10)} ${String(theirs.transfers.length).padStart(13)}`,
          );
          const opened = ours.filters.reduce((sum, transfer) => sum + transfer.bytes, 0);
          console.log(
            `  ${"then opening the filters (their counts)".padEnd(44)} ${kb(opened).padStart(10)} ${"in the above".padStart(13)}`,
          );
        }
      } finally {
        await server.close();
      }
    }
  } finally {
    await browser.close();
    fs.rmSync(work, { recursive: true, force: true });
  }
  console.log(
    "\nGoal: a first search costs at most 120 KB on the wire, the search library included.",
  );
  return 0;
});

// The bytes on the wire of a reader's first search, measured in Chromium from its network events
// (headers plus the body as sent, gzip where a static host would use it): our search page, and
// a page of Pagefind's Component UI for comparison. Used by npm run bench and npm run bench:search.
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import type { Browser, Page } from "playwright-core";

export interface Transfer {
  url: string;
  bytes: number;
}

export const GROUPS: [string, RegExp][] = [
  ["search script (ours)", /\/assets\/search\.[^/]+\.js$/],
  ["Component UI script and styles", /pagefind-component-ui\.(js|css)$/],
  [
    "Pagefind library (JS, worker, WebAssembly)",
    /pagefind(-worker)?\.js$|\.pagefind$|pagefind-entry\.json$/,
  ],
  ["index: metadata, word chunks, filters", /\.pf_(meta|index|filter)$/],
  ["results: one fragment per result shown", /\.pf_fragment$/],
];
export const PAGE = "the page itself (HTML, stylesheet)";

/** Writes file.gz beside every text file, as a static host compresses what it sends. */
export function precompress(folder: string): void {
  for (const entry of fs.readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.(html|css|js|json|svg)$/.test(entry.name)) continue;
    const file = path.join(entry.parentPath, entry.name);
    fs.writeFileSync(`${file}.gz`, zlib.gzipSync(fs.readFileSync(file)));
  }
}

/** Every response a page receives until the network has been quiet for a moment. */
export async function recordTransfers(page: Page, act: () => Promise<void>): Promise<Transfer[]> {
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

export function grouped(transfers: Transfer[]): Map<string, number> {
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

export async function ourSearchPage(browser: Browser, siteUrl: string, query: string) {
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

export async function componentUi(browser: Browser, siteUrl: string, query: string) {
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
export function addComponentUiPage(output: string, base: string): void {
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

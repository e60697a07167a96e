// npm run bench:search [-- --articles 10000 --corpus DIR --query water --query Qardaha]
// Prints the bytes on the wire of a reader's first search: the sample site and a generated
// corpus, each with our search page and with Pagefind's Component UI, measured from Chromium's
// network events (headers plus the body as sent, gzip where a static host would use it).
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { buildSite } from "../src/build.ts";
import { runCommand } from "../src/cli.ts";
import { writeCorpus } from "../src/corpus/generate.ts";
import { launchBrowser } from "../test/support/browser.ts";
import { serveFolder } from "../test/support/static-server.ts";
import {
  addComponentUiPage,
  componentUi,
  grouped,
  ourSearchPage,
  PAGE,
  precompress,
} from "./bench/first-search.ts";

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

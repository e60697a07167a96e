// npm run bench:weight [-- --content DIR]
// Prints what pages weigh on the wire, gzipped: every article page (HTML + CSS, against the
// 14 KB budget the tests hold), one page of each other kind, and what inlining the stylesheet
// would cost instead of sharing it, over a reader's visit of one to ten pages.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { buildSite } from "../src/build.ts";
import { reportProblems, runCommand } from "../src/cli.ts";
import { pageKinds } from "../test/support/page-kinds.ts";
import { ARTICLE_BUDGET, type PageWeight, pageWeight } from "../test/support/weight.ts";

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`.padStart(9);

await runCommand(async () => {
  const { values } = parseArgs({
    options: {
      content: { type: "string", default: "content" },
      debug: { type: "boolean", default: false },
    },
  });
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "bench-weight-"));
  try {
    const site = path.join(work, "_site");
    const built = await buildSite({ contentDir: values.content, outputDir: site });
    if (!built.ok) {
      reportProblems(built.problems);
      return 1;
    }
    const articles = built.content.articles
      .map((article) => pageWeight(site, article.url))
      .sort((a, b) => b.total - a.total);
    const row = (name: string, weight: PageWeight) =>
      `  ${name.padEnd(52)} ${kb(weight.html)} ${kb(weight.css)} ${kb(weight.total)}`;
    const header = `  ${"".padEnd(52)} ${"HTML".padStart(9)} ${"CSS".padStart(9)} ${"total".padStart(9)}`;

    console.log(
      `\nArticle pages of ${values.content}/, gzipped (budget ${kb(ARTICLE_BUDGET).trim()}):`,
    );
    console.log(header);
    for (const weight of articles) console.log(row(weight.url, weight));
    const heaviest = articles[0];
    if (!heaviest) return 1;
    const median = articles[Math.floor(articles.length / 2)] ?? heaviest;
    console.log(
      `  heaviest ${kb(heaviest.total).trim()} (${Math.round((heaviest.total / ARTICLE_BUDGET) * 100)}% of the budget), median ${kb(median.total).trim()}`,
    );

    console.log("\nOne page of each other kind:");
    console.log(header);
    for (const kind of pageKinds(built.content)) {
      if (kind.name.startsWith("article") || kind.status !== 200) continue;
      const url = `/${kind.path.replace(/\?.*$/, "")}`;
      console.log(row(`${kind.name} (${url})`, pageWeight(site, url)));
    }

    console.log("\nThe stylesheet shared (fetched once, cached) or inlined in every page:");
    console.log(`  ${"pages read".padEnd(12)} ${"shared".padStart(9)} ${"inlined".padStart(9)}`);
    for (const visit of [1, 2, 5, 10]) {
      const pages = Array.from({ length: visit }, (_, i) => articles[i % articles.length]);
      const shared = pages.reduce((sum, page) => sum + (page?.html ?? 0), heaviest.css);
      const inlined = pages.reduce((sum, page) => sum + (page?.inlined ?? 0), 0);
      console.log(`  ${String(visit).padEnd(12)} ${kb(shared)} ${kb(inlined)}`);
    }
    console.log(
      "\nMeasured on the built files with zlib's default gzip level (6); a host at level 1 sends a little more.",
    );
    return 0;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
});

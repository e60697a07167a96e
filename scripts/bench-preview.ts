// npm run bench:preview [-- --articles 10000 | --corpus DIR] [--edits 3]
// Prints how long the preview (npm start) takes to show a one-article edit: from the save until
// the page is served with the change, and until the search index has it. The corpus is copied
// (or generated) into a temporary folder; the preview runs on it as an author would run it.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { runCommand } from "../src/cli.ts";
import { loadContent } from "../src/content/load.ts";
import { writeCorpus } from "../src/corpus/generate.ts";
import { newSearchFragments, searchFragmentNames, startPreview } from "../test/support/preview.ts";

await runCommand(async () => {
  const { values } = parseArgs({
    options: {
      articles: { type: "string", default: "2000" },
      corpus: { type: "string" },
      edits: { type: "string", default: "3" },
    },
  });
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "bench-preview-"));
  const content = path.join(work, "content");
  if (values.corpus) fs.cpSync(values.corpus, content, { recursive: true });
  else writeCorpus(content, { articles: Number(values.articles) });
  const output = path.join(work, "_site");
  const articles = loadContent(content).articles;
  console.log(`Corpus: ${articles.length} articles in ${content}`);

  const started = performance.now();
  const preview = await startPreview(content, output);
  try {
    await preview.waitFor(/Search updated/, 900_000);
    console.log(`Preview ready (first build and search index): ${seconds(started)}`);

    // Edits spread over the archive, newest first: a body typo, then a new headline.
    for (let edit = 0; edit < Number(values.edits); edit++) {
      const article = articles[Math.floor((edit * articles.length) / Number(values.edits))];
      if (!article) break;
      const file = path.resolve(article.file);
      const word = `Zqxbench${edit}word`;
      const fragmentsBefore = new Set(searchFragmentNames(output));
      const text = fs.readFileSync(file, "utf8");
      const body = text.replace(/\n---\n/, `\n---\n\nA typo fixed: ${word}.\n`);
      const headline = body.replace(/^title: .*$/m, `title: Headline changed ${word}`);
      const marks = { body: word, headline: `Headline changed ${word}` };
      for (const [kind, changed] of [
        ["body", body],
        ["headline", headline],
      ] as const) {
        preview.clear();
        const saved = performance.now();
        fs.writeFileSync(file, changed);
        await pollPage(new URL(article.url.slice(1), preview.root), marks[kind]).catch(
          (error: Error) => {
            throw new Error(`${error.message}; the preview printed:\n${preview.output}`);
          },
        );
        const shown = performance.now() - saved;
        const own = await preview.waitFor(/Preview updated in (\d+) ms/);
        await preview.waitFor(/Search updated/, 900_000);
        const indexed = performance.now() - saved;
        const fragment = newSearchFragments(output, fragmentsBefore).some((text) =>
          text.includes(word),
        );
        console.log(
          `${article.url} ${kind}: page served with the change after ${ms(shown)} (the preview's own count, from reading the file to the browser reload: ${own} ms), search index written after ${ms(indexed)}${fragment ? "" : " (WITHOUT the change!)"}`,
        );
      }
    }
  } finally {
    preview.stop();
    fs.rmSync(work, { recursive: true, force: true });
  }
  return 0;
});

function seconds(since: number): string {
  return `${((performance.now() - since) / 1000).toFixed(1)} s`;
}

function ms(duration: number): string {
  return `${Math.round(duration)} ms`;
}

async function pollPage(url: URL, text: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const response = await fetch(url);
    if (response.ok && (await response.text()).includes(text)) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`${url} did not show "${text}" within a minute`);
}

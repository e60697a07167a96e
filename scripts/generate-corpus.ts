// npm run generate -- --articles N --output DIR [--seed S]
// Writes a generated archive of N articles for benchmarks; the same seed gives the same files.
import { parseArgs } from "node:util";
import { runCommand } from "../src/cli.ts";
import { DEFAULT_SEED, writeCorpus } from "../src/corpus/generate.ts";

await runCommand(async () => {
  const { values } = parseArgs({
    options: {
      articles: { type: "string" },
      output: { type: "string" },
      seed: { type: "string", default: DEFAULT_SEED },
      debug: { type: "boolean", default: false },
    },
  });
  const articles = Number(values.articles);
  if (!Number.isInteger(articles) || articles < 1 || !values.output) {
    console.error("Usage: npm run generate -- --articles N --output DIR [--seed S]");
    return 1;
  }
  const started = performance.now();
  const written = writeCorpus(values.output, { articles, seed: values.seed });
  console.log(
    `Generated ${written} articles into ${values.output}/ (seed ${JSON.stringify(values.seed)}) in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
  );
  return 0;
});

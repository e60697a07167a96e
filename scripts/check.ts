// npm run check [-- --content DIR] [--only FILE…]: validates every file without building.
// Exit 1 on any error; warnings are printed but do not fail. With --only (the pre-commit hook),
// every file is still read, so collisions are found, but only problems of the named files count.
import path from "node:path";
import { parseArgs } from "node:util";
import { count, reportProblems, runCommand } from "../src/cli.ts";
import { loadContent } from "../src/content/load.ts";
import { hasErrors } from "../src/content/problems.ts";

await runCommand(async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      content: { type: "string", default: "content" },
      only: { type: "boolean", default: false },
      debug: { type: "boolean", default: false },
    },
  });
  const started = performance.now();
  const content = loadContent(values.content);
  const only = new Set(positionals.map((file) => path.resolve(file)));
  const problems = values.only
    ? content.problems.filter((problem) => only.has(path.resolve(problem.file)))
    : content.problems;
  reportProblems(problems);
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  if (hasErrors(problems)) return 1;
  console.log(
    `Checked ${count(content.articles.length, "article")} and ${count(content.pages.length, "page")} in ${seconds} s: no errors.`,
  );
  return 0;
});

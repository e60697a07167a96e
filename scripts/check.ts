// npm run check [-- --content DIR]: validates every file without building. Exit 1 on any error.
import { parseArgs } from "node:util";
import { count, reportProblems, runCommand } from "../src/cli.ts";
import { contentIsValid, loadContent } from "../src/content/load.ts";

await runCommand(async () => {
  const { values } = parseArgs({
    options: {
      content: { type: "string", default: "content" },
      debug: { type: "boolean", default: false },
    },
  });
  const started = performance.now();
  const content = loadContent(values.content);
  reportProblems(content.problems);
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  if (!contentIsValid(content)) return 1;
  console.log(
    `Checked ${count(content.articles.length, "article")} and ${count(content.pages.length, "page")} in ${seconds} s: no errors.`,
  );
  return 0;
});

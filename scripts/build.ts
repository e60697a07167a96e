// npm run build [-- --content DIR --output DIR --base /news/ --verbose --debug]
import { parseArgs } from "node:util";
import { BuildOptionError, buildSite } from "../src/build.ts";
import { reportProblems, runCommand } from "../src/cli.ts";

await runCommand(async () => {
  const { values } = parseArgs({
    options: {
      content: { type: "string", default: "content" },
      output: { type: "string", default: "_site" },
      base: { type: "string", default: "/" },
      verbose: { type: "boolean", default: false },
      debug: { type: "boolean", default: false },
    },
  });
  const result = await buildSite({
    contentDir: values.content,
    outputDir: values.output,
    base: values.base,
    verbose: values.verbose,
  }).catch((error: unknown) => {
    if (!(error instanceof BuildOptionError)) throw error;
    console.error(`Nothing was built: ${error.message}.`);
    return undefined;
  });
  if (!result) return 1;
  if (!result.ok) {
    reportProblems(result.problems);
    console.error(
      `Nothing was published: ${values.output}/ is unchanged. Fix the problems above and build again.`,
    );
    return 1;
  }
  reportProblems(result.content.problems);
  console.log(
    `Built ${result.content.articles.length} articles into ${values.output}/ (${result.pagesWritten} files, ${result.pagesIndexed} pages searchable) in ${result.seconds.toFixed(1)} s.`,
  );
  return 0;
});

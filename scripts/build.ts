// npm run build [-- --content DIR --output DIR --base /news/ --url https://example.org/
//                   --now 2025-11-20T09:00:00+03:00 --verbose --debug]
import { parseArgs } from "node:util";
import { BuildOptionError, publishSite } from "../src/build.ts";
import { count, parseNow, reportProblems, runCommand } from "../src/cli.ts";

await runCommand(async () => {
  const { values } = parseArgs({
    options: {
      content: { type: "string", default: "content" },
      output: { type: "string", default: "_site" },
      base: { type: "string", default: "/" },
      url: { type: "string" },
      now: { type: "string" },
      verbose: { type: "boolean", default: false },
      debug: { type: "boolean", default: false },
    },
  });
  if (values.url !== undefined) {
    // Imported only here: the schemas' library takes 0.2 s to load, and every build would wait
    // for it before the rendering process starts.
    const { siteSettingsSchema } = await import("../src/settings.ts");
    if (!siteSettingsSchema.shape.url.safeParse(values.url).success) {
      console.error(
        `--url must be the site's address, like https://example.org/, got "${values.url}"`,
      );
      return 1;
    }
  }
  const now = parseNow(values.now);
  if (now && "error" in now) {
    console.error(now.error);
    return 1;
  }
  const result = await publishSite({
    contentDir: values.content,
    outputDir: values.output,
    base: values.base,
    url: values.url,
    now,
    verbose: values.verbose,
    waiting: (holder) =>
      console.error(
        `Another build of ${values.output}/ is running (process ${holder}): this one starts once it has ended.`,
      ),
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
  const { drafts, scheduled } = result.withheld;
  const withheld = [
    drafts ? `${count(drafts, "draft")}` : "",
    scheduled ? `${count(scheduled, "scheduled article")} dated later` : "",
  ].filter(Boolean);
  const { checking, pictures, pages, search } = result.steps;
  const steps = `checking ${checking.toFixed(1)} s, pictures ${pictures.toFixed(1)} s, pages ${pages.toFixed(1)} s, search index ${search.toFixed(1)} s`;
  console.log(
    `Built ${result.articles} articles into ${values.output}/ (${result.pagesWritten} files, ${result.pagesIndexed} pages searchable) in ${result.seconds.toFixed(1)} s (${steps}).${withheld.length ? ` Not published: ${withheld.join(" and ")}.` : ""}`,
  );
  return 0;
});

// @ts-check
// node scripts/run-bundled.mjs scripts/build.ts [arguments]: how npm run build and npm run check
// start. One of our TypeScript commands, run with plain Node from the bundle the last run made of
// it (src/node-bundle.ts). Through tsx, the build's own process kept tsx's loader, a thread of its
// own, for as long as the build ran: 20 MB beside Pagefind's peak, which is the build's, and
// 0.2 s more before the rendering process started (docs/performance.md). When there is no
// bundle yet, or a file it was made from changed, tsx makes it first.
// Plain JavaScript, type-checked: Node runs it before anything can run TypeScript.
import fs from "node:fs";
import { pathToFileURL } from "node:url";
import { COMMAND_BUNDLE, manifestOf, unchangedBundle } from "../src/build-cache.js";

const command = process.argv[2] ?? "";
if (!command.endsWith(".ts") || !fs.existsSync(command)) {
  console.error("Usage: node scripts/run-bundled.mjs scripts/COMMAND.ts [arguments]");
  process.exit(2);
}
// One bundle for a command however it is reached (a linked checkout, a relative path).
const entry = fs.realpathSync(command);
// The command reads its arguments from process.argv, as if Node had started it.
process.argv.splice(1, 2, entry);
let script = unchangedBundle(manifestOf(COMMAND_BUNDLE, entry), entry);
if (!script) {
  const { tsImport } = await import("tsx/esm/api");
  /** @type {typeof import("../src/node-bundle.ts")} */
  const { commandBundle } = await tsImport("../src/node-bundle.ts", import.meta.url);
  script = await commandBundle(entry).catch((/** @type {Error} */ error) => {
    // A folder it may not write to, or code esbuild refuses: the command still runs.
    console.error(
      `(${command} runs through tsx: its bundle could not be made or kept: ${error.message.split("\n")[0]})`,
    );
    return undefined;
  });
  if (!script) await tsImport(pathToFileURL(entry).href, import.meta.url);
}
if (script) {
  // Errors point into scripts/ and src/, as they did through tsx.
  process.setSourceMapsEnabled(true);
  await import(pathToFileURL(script).href);
}

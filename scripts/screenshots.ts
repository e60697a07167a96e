// npm run screenshots [-- --content DIR --output DIR]
// Builds the site and photographs one page of each kind (test/support/page-kinds.ts) on a phone
// and on a desktop, in light and dark, plus the richest article as printed (PDF), into a folder
// with an index.html: a reviewer sees the design without running a server. The folder is not
// committed (.gitignore).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { buildSite } from "../src/build.ts";
import { reportProblems, runCommand } from "../src/cli.ts";
import { launchBrowser } from "../test/support/browser.ts";
import { pageKinds } from "../test/support/page-kinds.ts";
import { serveFolder } from "../test/support/static-server.ts";

const DEVICES = [
  { name: "phone", viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
  { name: "desktop", viewport: { width: 1280, height: 900 }, isMobile: false, hasTouch: false },
] as const;
const SCHEMES = ["light", "dark"] as const;
/** What this script writes; anything else in the folder is left alone. */
const OWN_FILE = /\.(png|pdf)$|^index\.html$/;

await runCommand(async () => {
  const { values } = parseArgs({
    options: {
      content: { type: "string", default: "content" },
      output: { type: "string", default: "screenshots" },
      debug: { type: "boolean", default: false },
    },
  });
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "screenshots-"));
  const site = path.join(work, "_site");
  console.log(`Building ${values.content}/…`);
  const built = await buildSite({ contentDir: values.content, outputDir: site });
  if (!built.ok) {
    reportProblems(built.problems);
    return 1;
  }
  const output = path.resolve(values.output);
  fs.mkdirSync(output, { recursive: true });
  for (const file of fs.readdirSync(output)) {
    if (OWN_FILE.test(file)) fs.rmSync(path.join(output, file));
  }

  const kinds = pageKinds(built.content);
  const shots: { kind: string; file: string; label: string }[] = [];
  const server = await serveFolder(site);
  const browser = await launchBrowser();
  try {
    for (const device of DEVICES) {
      for (const scheme of SCHEMES) {
        const context = await browser.newContext({
          viewport: device.viewport,
          isMobile: device.isMobile,
          hasTouch: device.hasTouch,
          colorScheme: scheme,
        });
        const page = await context.newPage();
        for (const kind of kinds) {
          await page.goto(`${server.url}${kind.path}`);
          if (kind.ready) await page.locator(kind.ready).first().waitFor();
          // Lazy pictures below the fold would be blank in a full-page picture.
          await page.evaluate(() => {
            for (const image of document.querySelectorAll("img")) image.loading = "eager";
          });
          await page.waitForLoadState("networkidle");
          const file = `${kind.name}-${device.name}-${scheme}.png`;
          await page.screenshot({ path: path.join(output, file), fullPage: true });
          shots.push({ kind: kind.name, file, label: `${device.name}, ${scheme}` });
        }
        await context.close();
      }
    }
    const article = kinds.find((kind) => kind.name === "article");
    if (article) {
      const page = await browser.newPage();
      await page.goto(`${server.url}${article.path}`);
      await page.pdf({ path: path.join(output, "article-print.pdf"), format: "A4" });
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
    fs.rmSync(work, { recursive: true, force: true });
  }

  fs.writeFileSync(path.join(output, "index.html"), contactSheet(kinds, shots));
  console.log(
    `Saved ${shots.length} screenshots and article-print.pdf in ${path.relative(process.cwd(), output) || "."}/: open index.html.`,
  );
  return 0;
});

function contactSheet(
  kinds: { name: string; path: string }[],
  shots: { kind: string; file: string; label: string }[],
): string {
  const html = (text: string) =>
    text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");
  const sections = kinds.map((kind) => {
    const figures = shots
      .filter((shot) => shot.kind === kind.name)
      .map(
        (shot) =>
          `<figure><a href="${shot.file}"><img src="${shot.file}" alt="${html(`${kind.name}, ${shot.label}`)}" loading="lazy"></a><figcaption>${shot.label}</figcaption></figure>`,
      );
    return `<section><h2>${kind.name} <small>/${html(kind.path)}</small></h2>\n${figures.join("\n")}\n</section>`;
  });
  return `<!doctype html>
<html lang="en">
<meta charset="utf-8">
<title>Screenshots</title>
<style>
body { font: 16px system-ui, sans-serif; margin: 1rem; }
section { display: flex; flex-wrap: wrap; gap: 1rem; align-items: flex-start; border-top: 1px solid #ccc; }
h2 { width: 100%; font-size: 1.1rem; } small { font-weight: 400; color: #555; }
figure { margin: 0; } img { display: block; width: 240px; max-height: 520px; object-fit: cover; object-position: top; border: 1px solid #ccc; }
</style>
<h1>Screenshots</h1>
<p>Each page kind on a phone (390 px) and a desktop (1280 px), light and dark; click for the full page. The printed article: <a href="article-print.pdf">article-print.pdf</a>.</p>
${sections.join("\n")}
`;
}

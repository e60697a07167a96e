// Builds fixture sites into temporary folders for tests, and reads their pages as DOM documents.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseHTML } from "linkedom";
import { type BuildResult, buildSite } from "../../src/build.ts";
import { RUN_FOLDER } from "./temporary-root.ts";

export const FIXTURES = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  "..",
  "fixtures",
  "sites",
);
export const PROJECT_ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

/** A new folder inside this test run's folder (removed when the run ends), else in /tmp. */
export function temporaryFolder(prefix: string): string {
  return fs.mkdtempSync(path.join(process.env[RUN_FOLDER] ?? os.tmpdir(), `${prefix}-`));
}

export interface BuiltFixture {
  output: string;
  result: Extract<BuildResult, { ok: true }>;
  /** The page at a site-relative URL ("/keywords/" or "/404.html"), parsed. */
  page(url: string): Document;
  /** The text of any file at a site-relative URL (a feed, a sitemap, robots.txt). */
  text(url: string): string;
  exists(url: string): boolean;
}

export async function buildFixture(
  name: string,
  options: { base?: string; contentDir?: string; now?: Date; url?: string } = {},
): Promise<BuiltFixture> {
  const output = path.join(temporaryFolder(`site-${name}`), "_site");
  const result = await buildSite({
    contentDir: options.contentDir ?? path.join(FIXTURES, name),
    outputDir: output,
    base: options.base,
    now: options.now,
    url: options.url,
  });
  if (!result.ok)
    throw new Error(`fixture ${name} did not build: ${JSON.stringify(result.problems)}`);
  const fileOf = (url: string) => path.join(output, url.endsWith("/") ? `${url}index.html` : url);
  return {
    output,
    result,
    page: (url) => parseHTML(fs.readFileSync(fileOf(url), "utf8")).document,
    text: (url) => fs.readFileSync(fileOf(url), "utf8"),
    exists: (url) => fs.existsSync(fileOf(url)),
  };
}

/** Text with runs of white space folded, as a reader would read it. */
export function textOf(node: Element | null | undefined): string {
  return (node?.textContent ?? "").replace(/\s+/g, " ").trim();
}

/** Writes a content folder of the given files (path → text or bytes) and returns its path. */
export function writeContentFolder(files: Record<string, string | Uint8Array>): string {
  const root = temporaryFolder("content");
  for (const [file, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), content);
  }
  return root;
}

/** Every file below a folder, as sorted paths relative to it with "/" separators. */
export function filesOf(folder: string): string[] {
  return (fs.readdirSync(folder, { recursive: true, encoding: "utf8" }) as string[])
    .filter((file) => fs.statSync(path.join(folder, file)).isFile())
    .map((file) => file.split(path.sep).join("/"))
    .sort();
}

/** Every file below a folder with its bytes (base64), to compare two folders byte for byte. */
export function snapshotFolder(folder: string): Map<string, string> {
  return new Map(
    filesOf(folder).map((file) => [
      file,
      fs.readFileSync(path.join(folder, file)).toString("base64"),
    ]),
  );
}

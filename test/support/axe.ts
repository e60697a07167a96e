// axe-core, the accessibility engine, run inside a page of a real Chromium. The engine (half a
// megabyte) is injected once per loaded page, so one load is checked in several colour schemes
// and widths; @axe-core/playwright would inject it again for every run.
import fs from "node:fs";
import { createRequire } from "node:module";
import type { AxeResults, RunOptions } from "axe-core";
import type { Page } from "playwright-core";

const AXE_SOURCE = fs.readFileSync(
  createRequire(import.meta.url).resolve("axe-core/axe.min.js"),
  "utf8",
);

/** WCAG 2.1 levels A and AA, and axe's best practices. */
export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"];

type WithAxe = { axe?: { run(context: Document, options: RunOptions): Promise<AxeResults> } };

/** Every violation on the page as it is now, one line per element: "rule: selector: what to fix". */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(
    (tags) =>
      (window as unknown as WithAxe).axe?.run(document, {
        runOnly: { type: "tag", values: tags },
        resultTypes: ["violations"],
      }),
    AXE_TAGS,
  );
  if (!results) throw new Error("axe-core did not load into the page");
  return results.violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id}: ${node.target.join(" ")}: ${(node.failureSummary ?? violation.help).replace(/\s+/g, " ")}`,
    ),
  );
}

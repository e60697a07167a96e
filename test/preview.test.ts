// npm start as an author runs it: drafts and scheduled articles are in the preview, marked and
// kept out of search engines, while the published build leaves them out (test/newsroom.test.ts).
import path from "node:path";
import { parseHTML } from "linkedom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXTURES, temporaryFolder, textOf } from "./support/build.ts";
import { type RunningPreview, startPreview } from "./support/preview.ts";
import { parseXml } from "./support/xml.ts";

let preview: RunningPreview;
let root: string;
beforeAll(async () => {
  preview = await startPreview(
    path.join(FIXTURES, "newsroom"),
    path.join(temporaryFolder("preview"), "_site"),
    ["--now", "2025-11-21T12:00:00+03:00"],
  );
  await preview.waitFor(/Preview updated/);
  root = preview.root;
}, 60_000);
afterAll(() => {
  preview?.stop();
});

async function page(url: string): Promise<{ status: number; document: Document }> {
  const response = await fetch(new URL(url.slice(1), root));
  return { status: response.status, document: parseHTML(await response.text()).document };
}

describe("the preview", () => {
  it("shows a draft, marked as one and not to be indexed", async () => {
    const { status, document } = await page("/2025/11/draft-story/");
    expect(status).toBe(200);
    expect(textOf(document.querySelector(".preview-notice"))).toMatch(/^Draft\. Only the preview/);
    expect(document.querySelector('meta[name="robots"]')?.getAttribute("content")).toBe("noindex");
  });

  it("shows an article dated after now, with the moment it will be published", async () => {
    const { status, document } = await page("/2025/11/embargoed-story/");
    expect(status).toBe(200);
    expect(textOf(document.querySelector(".preview-notice"))).toBe(
      "Scheduled. Only the preview shows this article until 22 November 2025, 08:00 GMT+3: the first build after that publishes it.",
    );
  });

  it("lists them with the others, in lists and feeds", async () => {
    const front = await page("/");
    expect([...front.document.querySelectorAll(".teaser__headline a")].map(textOf)).toContain(
      "Embargowatch scheduled headline",
    );
    const feed = parseXml(await (await fetch(new URL("feed.xml", root))).text()).feed;
    expect(feed.entry.map((entry: { title: string }) => entry.title)).toContain(
      "Leakwatch draft headline",
    );
    const published = await page("/2025/11/raid-in-marat/");
    expect(published.document.querySelector(".preview-notice")).toBeNull();
    expect(published.document.querySelector('meta[name="robots"]')).toBeNull();
  });
});

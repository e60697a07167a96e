// npm start as an author runs it: drafts and scheduled articles are in the preview, marked and
// kept out of search engines, while the published build leaves them out (test/newsroom.test.ts).
import { type ChildProcess, spawn } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { parseHTML } from "linkedom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXTURES, PROJECT_ROOT, temporaryFolder, textOf } from "./support/build.ts";
import { parseXml } from "./support/xml.ts";

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

let preview: ChildProcess;
let root: string;
beforeAll(async () => {
  const port = await freePort();
  preview = spawn(
    path.join(PROJECT_ROOT, "node_modules", ".bin", "tsx"),
    [
      path.join(PROJECT_ROOT, "scripts", "serve.ts"),
      ...["--content", path.join(FIXTURES, "newsroom")],
      ...["--output", path.join(temporaryFolder("preview"), "_site")],
      ...["--port", String(port), "--now", "2025-11-21T12:00:00+03:00"],
    ],
    { cwd: PROJECT_ROOT, stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  root = await new Promise<string>((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const server = output.match(/Server at (http:\/\/localhost:\d+\/)/)?.[1];
      if (server && output.includes("Preview updated")) resolve(server);
    };
    preview.stdout?.on("data", read);
    preview.stderr?.on("data", read);
    preview.on("exit", (code) => reject(new Error(`the preview stopped (${code}): ${output}`)));
  });
}, 60_000);
afterAll(() => {
  preview?.kill();
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

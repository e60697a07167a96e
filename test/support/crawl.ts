// A crawl of a served site as a reader's browser and a search engine follow it: from the front
// page, every link, stylesheet, script, picture (srcset too), form action and url() in a
// stylesheet on the same origin is fetched once; pages are parsed for more.
import { parseHTML } from "linkedom";
import { filesOf } from "./build.ts";

/** Where a page or file points: [selector, attribute]. */
const REFERENCES: [string, string][] = [
  ["a[href]", "href"],
  ["link[href]", "href"],
  ["script[src]", "src"],
  ["img[src]", "src"],
  ["iframe[src]", "src"],
  ["source[src]", "src"],
  ["form[action]", "action"],
  ["img[srcset]", "srcset"],
  ["source[srcset]", "srcset"],
];

export interface Crawl {
  /** Every address fetched on the site's origin, without fragments. */
  fetched: Set<string>;
  /** Addresses that did not answer 200, with the page that pointed there. */
  broken: { url: string; status: number; from: string }[];
  /** Addresses on the site's origin outside its base path (a sub-path site linking to /x). */
  outsideBase: { url: string; from: string }[];
  /** Protocols of links that leave the site (https:, mailto:…). */
  external: Set<string>;
}

/** The addresses an element names: one for href/src/action, each candidate of a srcset. */
function addressesOf(element: Element, attribute: string): string[] {
  const value = element.getAttribute(attribute) ?? "";
  if (attribute !== "srcset") return [value];
  return value
    .split(",")
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? "")
    .filter(Boolean);
}

/**
 * Crawls from `start` (the site's base URL). `visit` sees every response first, to assert on
 * headers; it must not read the body of HTML or CSS responses (the crawl does).
 */
export async function crawlSite(
  start: string,
  visit?: (url: string, response: Response) => void | Promise<void>,
): Promise<Crawl> {
  const { origin, pathname: base } = new URL(start);
  const crawl: Crawl = {
    fetched: new Set([start]),
    broken: [],
    outsideBase: [],
    external: new Set(),
  };
  const queue: { url: string; from: string }[] = [{ url: start, from: "(start)" }];
  const follow = (raw: string, from: string) => {
    const target = new URL(raw, from);
    if (target.origin !== origin) {
      crawl.external.add(target.protocol);
      return;
    }
    if (!target.pathname.startsWith(base)) crawl.outsideBase.push({ url: target.href, from });
    target.hash = "";
    if (crawl.fetched.has(target.href)) return;
    crawl.fetched.add(target.href);
    queue.push({ url: target.href, from });
  };
  for (let next = queue.shift(); next; next = queue.shift()) {
    const { url, from } = next;
    const response = await fetch(url, { redirect: "manual" });
    await visit?.(url, response);
    if (response.status !== 200) {
      crawl.broken.push({ url, status: response.status, from });
      await response.arrayBuffer();
      continue;
    }
    const type = response.headers.get("content-type") ?? "";
    if (type.startsWith("text/html")) {
      const { document } = parseHTML(await response.text());
      for (const [selector, attribute] of REFERENCES) {
        for (const element of document.querySelectorAll(selector)) {
          for (const address of addressesOf(element, attribute)) follow(address, url);
        }
      }
    } else if (type.startsWith("text/css")) {
      const css = await response.text();
      for (const match of css.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) {
        if (!match[1]?.startsWith("data:")) follow(match[1] ?? "", url);
      }
    } else {
      await response.arrayBuffer();
    }
  }
  return crawl;
}

/** Pages of the built site (all but 404.html) that the crawl of it, served at siteUrl, never reached. */
export function unreachedPages(crawl: Crawl, outputDir: string, siteUrl: string): string[] {
  return filesOf(outputDir)
    .filter((file) => file.endsWith(".html") && file !== "404.html")
    .map((file) => `${siteUrl}${file.replace(/index\.html$/, "")}`)
    .filter((page) => !crawl.fetched.has(page));
}
